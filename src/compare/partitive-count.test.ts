import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partitiveCount } from './partitive-count.ts';

const count = (phrase: string): number | null => partitiveCount(phrase.toLowerCase().split(' '));

test('a number of a group of sources counts them, one included', () => {
  assert.equal(count('one of the sources'), 1);
  assert.equal(count('two of those people'), 2);
  assert.equal(count('three of the senior officials'), 3);
});

test('no partitive, or no group of sources after it: no count', () => {
  assert.equal(count('one of the judges'), null);
  assert.equal(count('the sources'), null);
  assert.equal(count('some of the officials'), null);
  assert.equal(count('officials of the ministry'), null);
});
