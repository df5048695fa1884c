import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from './_compare-texts.ts';

const credits = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.kind === 'attribution').map((f) => `${f.article} ${f.text}`);

test('two usual names of one institution credit the same source', () => {
  assert.deepEqual(credits({
    a: 'The guard was not armed, according to the district attorney’s office.',
    b: 'The guard was not armed, according to the district attorney’s office.',
    c: 'The guard was not armed, according to prosecutors.',
  }), []);
  assert.deepEqual(credits({
    a: 'The driver had been drinking, the police department said.',
    b: 'The driver had been drinking, the police department said.',
    c: 'The driver had been drinking, police said.',
  }), []);
});

test('another institution, or a group named after one, is still another source', () => {
  assert.deepEqual(credits({
    a: 'The guard was not armed, according to the district attorney’s office.',
    b: 'The guard was not armed, according to the district attorney’s office.',
    c: 'The guard was not armed, according to police.',
  }), ['c according to police']);
  assert.deepEqual(credits({
    a: 'The driver had been drinking, prosecutors said.',
    b: 'The driver had been drinking, prosecutors said.',
    c: 'The driver had been drinking, the police union said.',
  }).length, 1);
});
