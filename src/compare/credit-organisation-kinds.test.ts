import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags, flagsOfSentence } from './_compare-texts.ts';

test('"the resort said" credits a body like "the company said": another source in its place is a changed attribution', () => {
  const found = flags({
    a: 'About 40 people were lowered from the chairlift by rope over several hours, the resort said.',
    b: 'About 40 people were lowered from the chairlift by rope over several hours, the resort said.',
    c: 'About 40 people were lowered from the chairlift by rope over several hours, according to mountain rescue.',
  });
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
});

test('"the plan said" is still no source', () => {
  const found = flags({
    a: 'The plan said prices for water would rise by a fifth next year.',
    b: 'The plan said prices for water would rise by a fifth next year.',
    c: 'Prices for water will rise by a fifth next year.',
  });
  assert.deepEqual(found.filter((f) => f.includes('attribution')), []);
});

test('"X, which said ..." credits X: a version that drops it states the claim without a source; one naming X as the actor keeps it', () => {
  const found = flags({
    a: 'The line is run by Orvel Power, which said it was cooperating fully with investigators.',
    b: 'The line is run by Orvel Power, which said it was cooperating fully with investigators.',
    c: 'Orvel Power was cooperating fully with investigators.',
    d: 'The line is run by a local utility that was cooperating fully with investigators.',
  });
  assert.deepEqual(found.filter((f) => f.startsWith('c attribution')), []);
  assert.ok(found.some((f) => f.startsWith('d attribution')), found.join('\n'));
});

test('a word in common is no name in common between bodies of two kinds; the same kind with a word in common is one body', () => {
  const found = flags({
    a: 'The levy would raise about 410 million crowns a year, according to the National Institute of Public Health.',
    b: 'The levy would raise about 410 million crowns a year, according to the National Institute of Public Health.',
    c: 'The levy would raise about 410 million crowns a year, according to the health ministry.',
    d: 'The levy would raise about 410 million crowns a year, according to the public health institute.',
  });
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.startsWith('d attribution')), []);
});

test('an acronym is the body its article spells out: "the ministry said" against "the KTA said", an authority, is another source', () => {
  const told = 'The Kessmark Telecoms Authority (KTA) will enforce the rules. Schools must block the apps within six months, the ministry said.';
  const found = flagsOfSentence({ a: told, b: told, c: told.replace('the ministry said', 'the KTA said') }, 1);
  assert.ok(found.some((f) => f.startsWith('c attribution the KTA said')), found.join('\n'));
  const ministry = 'The Kessmark Digital Ministry (KDM) drafted the rules. Schools must block the apps within six months, the ministry said.';
  assert.deepEqual(flagsOfSentence({ a: ministry, b: ministry, c: ministry.replace('the ministry said', 'the KDM said') }, 1), []);
});

test('two bodies whose names end on two kinds of organisation are two sources, whatever place word they share', () => {
  const found = flags({
    a: 'Some 60 orchards lost their spring blossom to frost, according to the Tarnish Growers\' Alliance.',
    b: 'Some 60 orchards lost their spring blossom to frost, according to the Tarnish Growers\' Alliance.',
    c: 'Some 60 orchards lost their spring blossom to frost, according to the Tarnish Water Board.',
    d: 'Some 60 orchards lost their spring blossom to frost, according to the Growers\' Alliance.',
  });
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.startsWith('d attribution')), []);
});
