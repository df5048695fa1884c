import type { ClaimUnit } from './claim-unit.ts';
import { partnersOf, spread } from './group-sampling.ts';

/** When a sentence that tells one claim may tell a second one too. */
export interface ShareRules {
  /** Least mean score between the sentence and the second claim's wordings. */
  readonly accept: number;
  /** Some wording of the second claim must read at least this alike to the sentence. */
  readonly sure: number;
}

/** Wordings of a claim a sentence is scored against, at most. */
const MAX_OTHERS = 24;

/**
 * Clustering lets a sentence serve one claim, but one sentence often tells two: a rewrite merges two sentences of
 * the wire into one ("The thieves forced a door at 3:21 a.m. and spent some eight minutes inside" against "The
 * thieves were inside for about eight minutes." and "The alarm went off at 3:21 a.m."), or the wire's sentence went
 * into a two-sentence unit beside its neighbour while the outlets that kept it apart formed a claim of their own.
 * Then the claim left without it compares its wordings without the article that tells it. Each claim may take, from
 * every article it lacks, the one sentence that already tells another claim and reads most like this claim's
 * wordings (on average at least `accept`, one pair at least `sure`). The sentence keeps its first claim: it is read
 * against each claim's wordings, and what it says of the other claim stands there as a detail told elsewhere.
 * Runs on the groups as they are after absorbing neighbours; no sentence joins on the strength of another joining.
 */
export function shareSentences(
  groups: readonly (readonly number[])[],
  units: readonly ClaimUnit[],
  score: (a: number, b: number) => number,
  rules: ShareRules,
  /** Pairs of units worth scoring (the aligner's candidates); without them every sentence of every article is tried. */
  pairs?: ReadonlyArray<{ readonly a: number; readonly b: number }>,
): number[][] {
  const memberOf = new Int32Array(units.length).fill(-1);
  groups.forEach((g, k) => { for (const u of g) memberOf[u] = k; });
  // the single sentences already telling some claim: those, and only those, may tell a second one
  const placed = new Set<number>();
  for (const g of groups) {
    for (const u of g) for (const p of units[u]!.parts) placed.add(p);
  }
  const partners = partnersOf(pairs);
  const singles = units.map((u, i) => (u.parts.length === 1 ? i : -1)).filter((i) => i >= 0 && placed.has(i));
  const out = groups.map((g) => [...g]);
  // the sentences paired with a claim's members, each once, in the order first met: one list reused from claim to
  // claim, and a mark per unit of the claim that listed it last (a claim thousands of outlets carry has hundreds of
  // thousands of partners: sets and lists of lists of them were most of this step's garbage)
  const paired: number[] = [];
  const listedBy = new Int32Array(units.length);
  const list = (p: number, k: number): void => {
    if (listedBy[p] === k + 1) return;
    listedBy[p] = k + 1;
    paired.push(p);
  };
  groups.forEach((group, k) => {
    const articles = new Set(group.map((u) => units[u]!.article));
    if (articles.size < 2) return;
    const taken = new Set(group.flatMap((u) => units[u]!.parts));
    // the sentences worth trying: every placed sentence of the articles the claim lacks, or those paired with a member
    paired.length = 0;
    if (pairs) {
      for (const u of group) {
        for (const v of partners.get(u) ?? []) {
          const parts = units[v]!.parts;
          if (parts.length === 1) list(v, k);
          else for (const p of parts) list(p, k);
        }
      }
    }
    const tries = pairs ? paired : singles;
    const others = spread(group, MAX_OTHERS);
    const best = new Map<number, { unit: number; mean: number }>();
    for (const u of tries) {
      const unit = units[u]!;
      if (articles.has(unit.article) || !placed.has(u) || taken.has(u) || memberOf[u] === k) continue;
      if (!others.some((c) => score(u, c) >= rules.sure)) continue;
      const mean = others.reduce((s, c) => s + score(u, c), 0) / others.length;
      if (mean < rules.accept) continue;
      const held = best.get(unit.article);
      if (!held || mean > held.mean) best.set(unit.article, { unit: u, mean });
    }
    for (const { unit } of best.values()) out[k]!.push(unit);
  });
  return out.map((g) => [...g].sort((x, y) => x - y));
}
