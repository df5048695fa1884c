import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchShingles, scoreExtraction } from './extraction-score.ts';

test('an exact prediction is all true positives', () => {
  assert.deepEqual(matchShingles('one two three four five', 'one two three four five'), { tp: 1, fp: 0, fn: 0 });
});

test('counts come from 4-token shingles, normalised to sum 1', () => {
  // gold shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
  const c = matchShingles('a b c d e', 'a b c d x');
  assert.deepEqual(c, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
});

test('tokens are case-sensitive Unicode words; punctuation only separates', () => {
  assert.deepEqual(matchShingles('Über naïve café, 12_3!', 'über naïve café 12_3'), { tp: 0, fp: 0.5, fn: 0.5 });
  assert.deepEqual(matchShingles('Über naïve café, 12_3!', 'Über—naïve café 12_3.'), { tp: 1, fp: 0, fn: 0 });
});

test('repeated shingles count by multiplicity', () => {
  const c = matchShingles('w x y z w x y z', 'w x y z');
  // gold: wxyz x2, xyzw, yzwx, zwxy (5); predicted: wxyz (1)
  assert.deepEqual(c, { tp: 1 / 5, fp: 0, fn: 4 / 5 });
});

test('a text shorter than four tokens is one short shingle; empty text has none', () => {
  assert.deepEqual(matchShingles('two words', 'two words'), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(matchShingles('', ''), { tp: 0, fp: 0, fn: 0 });
  assert.deepEqual(matchShingles('a b c d', ''), { tp: 0, fp: 0, fn: 1 });
});

test('precision and recall are page means; F1 comes from the means', () => {
  const gold = new Map([['p1', 'a b c d e'], ['p2', 'k l m n']]);
  const predicted = new Map([['p1', 'a b c d x'], ['p2', '']]);
  const s = scoreExtraction(gold, predicted);
  // p1: P = R = 1/2; p2: tp = fp = 0 so it has no precision, recall 0.
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.25);
  assert.ok(Math.abs(s.f1 - (2 * 0.5 * 0.25) / 0.75) < 1e-12);
});

test('a missing prediction scores as an empty one', () => {
  const s = scoreExtraction(new Map([['p', 'a b c d']]), new Map());
  assert.equal(s.recall, 0);
  assert.equal(s.pages.get('p')?.fn, 1);
});
