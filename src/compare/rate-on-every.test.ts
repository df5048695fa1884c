import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('"a year on every policy" is a rate: the same charge "a month on every policy" is another period', () => {
  const found = flags({
    a: 'The pool would be funded by a levy of 18 marks a year on every home insurance policy.',
    b: 'The pool would be funded by a levy of 18 marks a year on every home insurance policy.',
    c: 'The pool would be funded by a levy of 18 marks a month on every home insurance policy.',
  });
  assert.ok(found.some((f) => f.startsWith('c number')), found.join('\n'));
});

test('"a year on" alone is a year later, not a rate', () => {
  const found = flags({
    a: 'A year on, 40 families had left the valley.',
    b: 'A year on, 40 families had left the valley.',
    c: 'A year later, 40 families had left the valley.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
});

test('a figure "over its first three years" is a total: the same figure "a year" is counted over another period', () => {
  const found = flags({
    a: 'The scheme is expected to raise an estimated $22 million a year for reef protection.',
    b: 'The scheme is expected to raise an estimated $22 million a year for reef protection.',
    c: 'The scheme is expected to raise an estimated $22 million over its first three years for reef protection.',
  });
  assert.ok(found.some((f) => f.startsWith('c number')), found.join('\n'));
});
