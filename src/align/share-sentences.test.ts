import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimUnit } from './claim-unit.ts';
import { shareSentences } from './share-sentences.ts';

// Four articles. The wire (0) tells two facts in two sentences, clustered as one two-sentence unit beside outlet 1's
// merged sentence; outlets 2 and 3 tell the first fact alone and formed a claim of their own. Outlet 3 also has a
// sentence no claim holds.
const unit = (article: number, start: number, end: number, parts: number[]): ClaimUnit => ({ article, start, end, text: '', parts });
const units: ClaimUnit[] = [
  unit(0, 0, 50, [0]), // 0: wire, first fact
  unit(0, 51, 90, [1]), // 1: wire, second fact
  unit(1, 0, 80, [2]), // 2: outlet 1, both facts merged
  unit(2, 0, 45, [3]), // 3: outlet 2, first fact
  unit(3, 0, 45, [4]), // 4: outlet 3, first fact
  unit(3, 46, 90, [5]), // 5: outlet 3, something else, in no claim
  unit(0, 0, 90, [0, 1]), // 6: wire, both sentences as one unit
];
// scores by unit pair, lower index first
const table: Record<string, number> = { '0:3': 0.8, '0:4': 0.75, '2:3': 0.55, '2:4': 0.45, '3:5': 0.9, '4:5': 0.9, '1:3': 0.2, '1:4': 0.1, '3:6': 0.2, '4:6': 0.2 };
const score = (a: number, b: number): number => table[`${Math.min(a, b)}:${Math.max(a, b)}`] ?? 0;
const groups = [[6, 2], [3, 4]];

test('a sentence already telling one claim also joins the claim of an article it is missing from, when it reads alike', () => {
  const out = shareSentences(groups, units, score, { accept: 0.4, sure: 0.5 });
  // the wire's first sentence (inside its two-sentence unit) and outlet 1's merged sentence join the second claim
  assert.deepEqual(out[1], [0, 2, 3, 4]);
  // the first claim is unchanged: the second claim's articles' sentences read too little like it
  assert.deepEqual(out[0], [2, 6]);
});

test('a sentence that tells no claim is not shared, and one below the bars stays where it is', () => {
  const out = shareSentences(groups, units, score, { accept: 0.7, sure: 0.8 });
  // only the wire's sentence clears both bars; outlet 3's stray sentence reads alike but serves no claim yet
  assert.deepEqual(out[1], [0, 3, 4]);
  assert.ok(!out.some((g) => g.includes(5)));
});

test('with candidate pairs, only sentences paired with a member are tried', () => {
  const out = shareSentences(groups, units, score, { accept: 0.4, sure: 0.5 }, [{ a: 2, b: 3 }]);
  assert.deepEqual(out[1], [2, 3, 4]);
});
