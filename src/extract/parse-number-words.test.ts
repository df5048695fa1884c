import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumberWords } from './parse-number-words.ts';

test('number words, compounds and scales', () => {
  assert.deepEqual(parseNumberWords(['thirty-two', 'sources']), { value: 32, length: 1 });
  assert.deepEqual(parseNumberWords(['two', 'hundred', 'and', 'five']), { value: 205, length: 4 });
  assert.deepEqual(parseNumberWords(['a', 'dozen', 'eggs']), { value: 12, length: 2 });
  assert.deepEqual(parseNumberWords(['1.5', 'million']), { value: 1.5e6, length: 2 });
  assert.deepEqual(parseNumberWords(['eleven']), { value: 11, length: 1 });
});

test('words that are not numbers', () => {
  assert.equal(parseNumberWords(['a', 'lot']), null);
  assert.equal(parseNumberWords(['the', 'two']), null);
});
