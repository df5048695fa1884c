import type { UnitFeatures } from './unit-features.ts';
import { lexicalSimilarity } from './lexical-similarity.ts';

/** Pairs of distinct feature sets remembered at most; past it the memory starts over. */
const MEMO_LIMIT = 1_000_000;

/**
 * {@link lexicalSimilarity} of two units by index, computed once per pair of distinct feature sets: copies of one
 * wording share their features (`unitFeatures`), so a claim thousands of articles carry costs its distinct
 * wordings' pairs, not its copies'. The similarity is symmetric, so either order finds the same entry.
 */
export function memoLexical(features: readonly UnitFeatures[]): (a: number, b: number) => number {
  const ids = new Map<UnitFeatures, number>();
  const idOf = features.map((f) => {
    let id = ids.get(f);
    if (id === undefined) ids.set(f, (id = ids.size));
    return id;
  });
  const n = ids.size;
  const memo = new Map<number, number>();
  return (a, b) => {
    const x = idOf[a];
    const y = idOf[b];
    if (x === undefined || y === undefined) return 0;
    const key = x < y ? x * n + y : y * n + x;
    let value = memo.get(key);
    if (value === undefined) {
      value = lexicalSimilarity(features[a]!, features[b]!);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
