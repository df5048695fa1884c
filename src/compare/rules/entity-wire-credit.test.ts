import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

const flags = (texts: Record<string, string>) => compareFirstSentences(texts).map((f) => `${f.article} ${f.kind} ${f.text}`);

test('one news agency credited in place of another is an attribution change, not an entity swap', () => {
  assert.deepEqual(flags({
    a: 'The harbour authority will sell its ferry fleet to a private operator, according to a Reuters report.',
    b: 'The harbour authority will sell its ferry fleet to a private operator, according to a Reuters report.',
    c: 'The harbour authority will sell its ferry fleet to a private operator, according to an AFP report.',
  }).map((f) => f.replace(/ attribution .*AFP.*/, ' attribution AFP')), ['c attribution AFP']);
});

test('with a single witness, the agency swapped is still told as an attribution change', () => {
  const found = flags({
    a: 'The harbour authority will sell its ferry fleet to a private operator, officials said, according to a Reuters report.',
    b: 'The harbour authority will sell its ferry fleet to a private operator, officials said, according to an AFP report.',
  });
  assert.ok(found.length > 0 && found.every((f) => f.includes(' attribution ')), found.join('; '));
});

test('a name swapped outside any credit stays an entity change', () => {
  assert.deepEqual(flags({
    a: 'The harbour authority will sell its ferry fleet to Norvik Lines, according to a Reuters report.',
    b: 'The harbour authority will sell its ferry fleet to Norvik Lines, according to a Reuters report.',
    c: 'The harbour authority will sell its ferry fleet to Baltra Lines, according to a Reuters report.',
  }), ['c entity Baltra']);
});

test('a demonym swapped for another country is an entity change even when both sentences name the first country elsewhere', () => {
  assert.deepEqual(flags({
    a: 'Two Norvian diplomats said the talks broke down over Baltra\'s demand for a new border survey.',
    b: 'Two Norvian diplomats said the talks broke down over Baltra\'s demand for a new border survey.',
    c: 'Two Baltran diplomats said the talks broke down over Baltra\'s demand for a new border survey.',
  }), ['c entity Baltran']);
});
