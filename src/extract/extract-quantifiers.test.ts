import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantifiers } from './extract-quantifiers.ts';
import { testSentences } from './test-sentences.ts';

const words = (text: string) => extractQuantifiers(text, testSentences(text)).map((q) => [q.text, q.word, q.strength]);

test('quantifiers with strengths, their rank on the quantity scale, from none to all', () => {
  assert.deepEqual(words('Some boats left, most stayed, a few sank and all crews lived. Dozens of nets and none of the cranes were lost.'), [
    ['Some', 'some', 2 / 6],
    ['most', 'most', 5 / 6],
    ['a few', 'a few', 2 / 6],
    ['all', 'all', 1],
    ['Dozens of', 'dozens of', 4 / 6],
    ['none of', 'none of', 0],
  ]);
});

test('"some" before a number and "no longer" are not quantifiers', () => {
  assert.deepEqual(words('Some 40 people no longer work there.'), []);
});

test('strength orders "some" below "all"', () => {
  const [some] = extractQuantifiers('some', [{ start: 0, end: 4 }]);
  const [all] = extractQuantifiers('all', [{ start: 0, end: 3 }]);
  assert.ok(some && all && some.strength < all.strength);
});
