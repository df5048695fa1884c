import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimUnit } from './claim-unit.ts';
import { reassignUnits } from './reassign-units.ts';

const unit = (article: number, i: number, parts: readonly number[] = [i]): ClaimUnit => ({ article, start: 0, end: 1, text: `u${i}`, parts });
// u0 (article 0) sits in group A by its one strong link to u1; it matches group B (u3, u4) better on average.
const UNITS = [unit(0, 0), unit(1, 1), unit(2, 2), unit(1, 3), unit(2, 4)];
const RULES = { accept: 0.3, margin: 0.03 };

function scorer(table: Record<string, number>): (a: number, b: number) => number {
  return (a, b) => table[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0;
}

const BASE = { '0-1': 0.35, '0-2': 0.2, '1-2': 0.7, '0-3': 0.33, '0-4': 0.34, '3-4': 0.6 };
const EDGES = [{ a: 0, b: 1, score: 0.35 }, { a: 1, b: 2, score: 0.7 }, { a: 0, b: 3, score: 0.33 }, { a: 0, b: 4, score: 0.34 }, { a: 3, b: 4, score: 0.6 }];

test('a unit weakly held by its group moves to the group it matches best on average', () => {
  const groups = reassignUnits([[0, 1, 2], [3, 4]], UNITS, EDGES, scorer(BASE), RULES);
  assert.deepEqual(groups, [[1, 2], [0, 3, 4]]);
});

test('a unit its group holds on average stays, even when another group scores higher', () => {
  const groups = reassignUnits([[0, 1, 2], [3, 4]], UNITS, EDGES, scorer({ ...BASE, '0-2': 0.3, '0-3': 0.45, '0-4': 0.45 }), RULES);
  assert.deepEqual(groups, [[0, 1, 2], [3, 4]]);
});

test('a unit does not move into a group that already holds a sentence of its article, nor below the acceptance line', () => {
  const units = [...UNITS.slice(0, 4), unit(0, 4)];
  assert.deepEqual(reassignUnits([[0, 1, 2], [3, 4]], units, EDGES, scorer(BASE), RULES), [[0, 1, 2], [3, 4]]);
  assert.deepEqual(reassignUnits([[0, 1, 2], [3, 4]], UNITS, EDGES, scorer({ ...BASE, '0-3': 0.28, '0-4': 0.29 }), RULES), [[0, 1, 2], [3, 4]]);
});

test('a unit never leaves a group it would leave with a single article, and two-sentence units stay', () => {
  assert.deepEqual(reassignUnits([[0, 1], [3, 4]], UNITS, EDGES, scorer({ ...BASE, '0-1': 0.25 }), RULES), [[0, 1], [3, 4]]);
  const paired = [unit(0, 0, [5, 6]), ...UNITS.slice(1)];
  assert.deepEqual(reassignUnits([[0, 1, 2], [3, 4]], paired, EDGES, scorer(BASE), RULES), [[0, 1, 2], [3, 4]]);
});
