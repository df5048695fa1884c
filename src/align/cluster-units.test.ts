import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimUnit } from './claim-unit.ts';
import { clusterUnits } from './cluster-units.ts';

const unit = (article: number, i: number): ClaimUnit => ({ article, start: 0, end: 1, text: 'x', parts: [i] });
const rules = { coherence: 0.3, maxChecks: 48 };

test('one variant per article: the stronger link wins', () => {
  const units = [unit(0, 0), unit(1, 1), unit(1, 2)];
  const sim = (a: number, b: number) => ((a === 0 && b === 1) || (a === 1 && b === 0) ? 0.9 : 0.6);
  const groups = clusterUnits(units, [{ a: 0, b: 2, score: 0.6 }, { a: 0, b: 1, score: 0.9 }], sim, rules);
  assert.deepEqual(groups, [[0, 1], [2]]);
});

test('a chain of links does not merge groups that are not alike as a whole', () => {
  const units = [unit(0, 0), unit(1, 1), unit(2, 2), unit(3, 3)];
  // 0-1 and 2-3 are close, 1-2 is the only bridge; 0-2, 0-3 and 1-3 are unrelated.
  const scores = new Map([['0,1', 0.9], ['2,3', 0.9], ['1,2', 0.5]]);
  const sim = (a: number, b: number) => scores.get(`${Math.min(a, b)},${Math.max(a, b)}`) ?? 0;
  const edges = [...scores].map(([k, score]) => {
    const [a, b] = k.split(',').map(Number);
    return { a: a!, b: b!, score };
  });
  assert.deepEqual(clusterUnits(units, edges, sim, rules), [[0, 1], [2, 3]]);
});

test('a sentence already in a claim cannot join another through a two-sentence unit', () => {
  const units: ClaimUnit[] = [unit(0, 0), unit(0, 1), unit(1, 2), unit(2, 3), { article: 0, start: 0, end: 2, text: 'xy', parts: [0, 1] }];
  const sim = () => 0.8;
  const edges = [{ a: 1, b: 2, score: 0.9 }, { a: 4, b: 3, score: 0.8 }];
  const groups = clusterUnits(units, edges, sim, rules);
  assert.deepEqual(groups.filter((g) => g.length > 1), [[1, 2]]);
});
