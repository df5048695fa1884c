import type { ClaimUnit } from './claim-unit.ts';
import type { UnitFeatures } from './unit-features.ts';

/** Limits that keep retrieval near-linear in the number of units. */
export interface CandidateLimits {
  /** Candidates kept per unit, best first. */
  readonly perUnit: number;
  /** Terms found in more units than this are too common to retrieve by. */
  readonly maxPosting: number;
  /** A unit looks up only its rarest (heaviest) terms, at most this many. */
  readonly queryTerms: number;
}

/**
 * Pairs of units from different articles worth scoring, found through an inverted index of their
 * rarer terms rather than by comparing every pair. Only single units are indexed, so a two-sentence
 * unit is only ever paired with a single one; each pair appears once, as `[i, j]` with `i < j`.
 *
 * A wording many articles carry word for word (a widely syndicated story) is indexed once, by its first unit,
 * and every other copy is paired with that one: a unit's candidates are then so many distinct wordings, not so
 * many copies of one, so the other wordings of its claim stay in reach however many copies are read, and the
 * lists the index holds grow with the wordings, not with the copies.
 */
export function findCandidates(
  units: readonly ClaimUnit[],
  features: readonly UnitFeatures[],
  limits: CandidateLimits,
): Array<readonly [number, number]> {
  const n = units.length;
  return Array.from(candidateKeys(units, features, limits), (key) => [Math.floor(key / n), key % n] as const);
}

/**
 * The same pairs as {@link findCandidates}, packed: each pair `[i, j]` as the number `i * units.length + j`, in
 * ascending order. A bundle of thousands of versions has millions of candidate pairs; packed, they take 8 bytes each.
 */
export function candidateKeys(
  units: readonly ClaimUnit[],
  features: readonly UnitFeatures[],
  limits: CandidateLimits,
): Float64Array {
  const postings = new Map<number, { units: number[]; weights: number[] }>();
  // the first single unit of each wording stands for its copies
  const firstOf = new Map<string, number>();
  const representative = units.map((u, i) => {
    if (u.parts.length !== 1) return i;
    const key = wordingKey(u.text);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    return first ?? i;
  });
  features.forEach((f, i) => {
    if (units[i]?.parts.length !== 1 || representative[i] !== i) return;
    f.terms.forEach((term, k) => {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { units: [], weights: [] }));
      list.units.push(i);
      list.weights.push(f.weights[k] ?? 0);
    });
  });
  const n = units.length;
  const overlap = new Float64Array(n);
  const touched: number[] = [];
  // the units holding the rarest terms of a set of features, best first (all articles; a unit leaves out its own)
  const lookUp = (f: UnitFeatures, most: number, skip: number): number[] => {
    const heaviest = [...f.weights.keys()].sort((x, y) => (f.weights[y] ?? 0) - (f.weights[x] ?? 0) || x - y);
    heaviest.slice(0, limits.queryTerms).forEach((k) => {
      const term = f.terms[k] ?? -1;
      const list = postings.get(term);
      if (!list || list.units.length > limits.maxPosting) return;
      const w = f.weights[k] ?? 0;
      for (let p = 0; p < list.units.length; p++) {
        const j = list.units[p]!;
        if (units[j]?.article === skip) continue;
        if (overlap[j] === 0) touched.push(j);
        // Shared rare terms, weighted as in the cosine: a cheap proxy for the final score.
        overlap[j] = (overlap[j] ?? 0) + w * (list.weights[p] ?? 0);
      }
    });
    const best = topK(touched, overlap, most);
    for (const j of touched) overlap[j] = 0;
    touched.length = 0;
    return best;
  };
  // copies share their features (unitFeatures), so the index is read once per wording: its best candidates of all
  // articles, a few more than a unit keeps, from which each copy drops its own article's; only when too many fall
  // is the index read again for that copy
  const looked = new Map<UnitFeatures, number[]>();
  const keys: number[] = [];
  features.forEach((f, i) => {
    const article = units[i]?.article ?? -1;
    let ranked = looked.get(f);
    if (!ranked) looked.set(f, (ranked = lookUp(f, limits.perUnit + SPARE, -1)));
    let chosen = ranked.filter((j) => units[j]?.article !== article).slice(0, limits.perUnit);
    if (chosen.length < limits.perUnit && ranked.length === limits.perUnit + SPARE) chosen = lookUp(f, limits.perUnit, article);
    const own = representative[i]!;
    if (own !== i && units[own]?.article !== article && !chosen.includes(own)) chosen.push(own);
    for (const j of chosen) keys.push(i < j ? i * n + j : j * n + i);
  });
  // each pair once, as [i, j] with i < j, in order
  const sorted = Float64Array.from(keys).sort();
  let kept = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[kept++] = sorted[k]!;
  return sorted.subarray(0, kept);
}

/** Candidates ranked beyond those a unit keeps, so its copies in other articles can drop their own article's. */
const SPARE = 8;

// Copies read alike up to case and spacing.
function wordingKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The k indices with the highest scores (ties to the lower index), without sorting them all. */
function topK(indices: readonly number[], scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  const better = (x: number, y: number) => (scores[x] ?? 0) > (scores[y] ?? 0) || ((scores[x] ?? 0) === (scores[y] ?? 0) && x < y);
  for (const j of indices) {
    if (best.length === k && !better(j, best[k - 1]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(j, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = j;
  }
  return best;
}
