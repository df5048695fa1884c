import type { ClaimUnit } from './claim-unit.ts';

/** When a small group may join a claim as more of its articles' wording. */
export interface AbsorbRules {
  /** Least mean score between the small group's units and the claim's units from other articles. */
  readonly accept: number;
  /** Groups of at most this many articles may be absorbed. */
  readonly maxArticles: number;
  /** A group sharing no article with the claim joins only if some pair across reads this alike. */
  readonly sure: number;
}

/**
 * Clustering keeps one unit per article per claim and lets a sentence serve one claim, so two things are left
 * apart. One outlet tells a claim in one sentence where another splits it over two ("The thieves were inside for
 * eight minutes. The alarm went off at 3:21" against "..., setting off the alarm at 3:21, and spent eight minutes
 * inside"): the second sentence stays alone, or with its twin from a copying outlet in a small group. And a claim
 * told word for word by two outlets can be split from the same claim told by three when the three hold a
 * two-sentence unit that reads less alike. A small group whose articles all tell a larger claim already, or none
 * does (with one pair across reading almost alike), joins the claim when it matches the claim's other wordings on
 * average: its articles then tell the claim over two stretches, or it completes the claim. Runs after reassignment;
 * smallest groups first, each into its best claim.
 */
export function absorbNeighbours(
  groups: readonly (readonly number[])[],
  units: readonly ClaimUnit[],
  score: (a: number, b: number) => number,
  rules: AbsorbRules,
): number[][] {
  const members = groups.map((g) => [...g]);
  const articlesOf = (g: readonly number[]): Set<number> => new Set(g.map((u) => units[u]!.article));
  const order = members.map((_, k) => k).sort((a, b) => articlesOf(members[a]!).size - articlesOf(members[b]!).size);
  for (const small of order) {
    const group = members[small]!;
    const mine = articlesOf(group);
    if (group.length === 0 || mine.size > rules.maxArticles) continue;
    let best = -1;
    let bestScore = rules.accept;
    members.forEach((claim, k) => {
      if (k === small || claim.length === 0) return;
      const theirs = articlesOf(claim);
      if (theirs.size <= mine.size) return;
      // the small group's articles all tell the claim already (it is more of their wording), or none does and the
      // two are one claim split by clustering (then its best pair must read alike)
      const within = [...mine].every((a) => theirs.has(a));
      const apart = [...mine].every((a) => !theirs.has(a));
      if (!within && !apart) return;
      // a unit that overlaps one of the claim's (a clause of a sentence already there) adds nothing; more of an
      // article's wording stands right beside what it already tells of the claim
      if (group.some((u) => claim.some((c) => overlaps(units[u]!, units[c]!)))) return;
      if (within && !group.every((u) => claim.some((c) => beside(units[u]!, units[c]!)))) return;
      const others = claim.filter((c) => !mine.has(units[c]!.article));
      if (apart && Math.max(...group.flatMap((u) => others.map((c) => score(u, c)))) < rules.sure) return;
      if (others.length === 0) return;
      const mean = group.reduce((s, u) => s + others.reduce((t, c) => t + score(u, c), 0) / others.length, 0) / group.length;
      if (mean >= bestScore) {
        best = k;
        bestScore = mean;
      }
    });
    if (best < 0) continue;
    members[best] = [...members[best]!, ...group];
    members[small] = [];
  }
  return members.filter((m) => m.length > 0).map((m) => [...m].sort((x, y) => x - y));
}

// Two units of one article with nothing but space and punctuation between them.
function beside(a: ClaimUnit, b: ClaimUnit): boolean {
  if (a.article !== b.article) return false;
  return (a.end <= b.start && b.start - a.end <= 3) || (b.end <= a.start && a.start - b.end <= 3);
}

function overlaps(a: ClaimUnit, b: ClaimUnit): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}
