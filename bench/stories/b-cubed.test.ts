import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bCubed } from './b-cubed.ts';

test('B-cubed: a perfect clustering scores 1, one merged pair lowers precision, one split lowers recall', () => {
  const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
  assert.deepEqual(bCubed(gold, gold), { precision: 1, recall: 1 });
  const merged = bCubed(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2']]), gold);
  assert.ok(merged.precision < 1 && merged.recall < 1);
  const split = bCubed(new Map([['a', '1'], ['b', '2'], ['c', '3'], ['d', '3']]), gold);
  assert.equal(split.precision, 1);
  assert.equal(split.recall, 0.75);
});
