import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containment, estimateJaccard, minhashSignature } from './minhash.ts';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

test('equal sets have equal signatures, disjoint sets share almost no minima', () => {
  assert.equal(estimateJaccard(minhashSignature(range(0, 300)), minhashSignature(range(0, 300))), 1);
  assert.ok(estimateJaccard(minhashSignature(range(0, 300)), minhashSignature(range(1000, 1300))) < 0.05);
});

test('a half-overlapping pair is estimated near its Jaccard index of 1/3', () => {
  const j = estimateJaccard(minhashSignature(range(0, 400)), minhashSignature(range(200, 600)));
  assert.ok(Math.abs(j - 1 / 3) < 0.12, `estimated ${j}`);
});

test('a prefix is contained whole in the text it was cut from', () => {
  const whole = range(0, 600);
  const prefix = range(0, 200);
  const j = estimateJaccard(minhashSignature(whole), minhashSignature(prefix));
  assert.ok(j < 0.5);
  assert.ok(containment(j, 600, 200) > 0.8, `containment ${containment(j, 600, 200)}`);
  assert.equal(containment(0, 0, 10), 0);
});

test('an empty set matches nothing', () => {
  assert.equal(estimateJaccard(minhashSignature([]), minhashSignature([])), 0);
});
