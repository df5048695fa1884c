import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const WITH = 'The survey found that towns with the most rented homes also had the highest vacancy rates, although its authors cautioned that the sample was small.';
const WITHOUT = 'The survey found that towns with the most rented homes also had the highest vacancy rates.';

test('a caveat two others put on a finding, left out here, is a dropped detail', () => {
  const found = flags({ a: WITH, b: WITH, c: WITHOUT });
  assert.ok(found.includes('c detail_dropped rates'), found.join('\n'));
  assert.deepEqual(found.filter((f) => !f.startsWith('c ')), []);
});

test('a caveat told in another sentence of this article is not dropped', () => {
  const found = flags({ a: WITH, b: WITH, c: `${WITHOUT} Its authors said the sample was small.` });
  assert.deepEqual(found.filter((f) => f.includes('detail_dropped')), []);
});

test('"but" opens a caveat only with a verb of cautioning; one carrier is no majority', () => {
  const plain = 'The survey found that towns with the most rented homes also had the highest vacancy rates, but rents kept rising in the capital.';
  assert.deepEqual(flags({ a: plain, b: plain, c: WITHOUT }).filter((f) => f.includes('detail_dropped')), []);
  assert.deepEqual(flags({ a: WITH, b: WITHOUT, c: WITHOUT }).filter((f) => f.includes('detail_dropped')), []);
});
