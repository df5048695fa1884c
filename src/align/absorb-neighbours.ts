import type { ClaimUnit } from './claim-unit.ts';
import { partnersOf, spreadExcept } from './group-sampling.ts';

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
  /** Pairs of units worth scoring (the aligner's candidates): a claim a group could join holds a partner of one of its units, or its article. */
  pairs?: ReadonlyArray<{ readonly a: number; readonly b: number }>,
): number[][] {
  const members = groups.map((g) => [...g]);
  const memberOf = new Int32Array(units.length).fill(-1);
  members.forEach((g, k) => { for (const u of g) memberOf[u] = k; });
  const partners = partnersOf(pairs);
  const withArticle = new Map<number, Set<number>>();
  members.forEach((g, k) => { for (const u of g) withArticle.set(units[u]!.article, (withArticle.get(units[u]!.article) ?? new Set()).add(k)); });
  // the claims worth trying for a group: every one without the pairs, else those holding its articles or a partner
  const candidates = (group: readonly number[]): readonly number[] => {
    if (!pairs) return members.map((_, k) => k);
    const out = new Set<number>();
    for (const u of group) {
      for (const k of withArticle.get(units[u]!.article) ?? []) out.add(k);
      for (const v of partners.get(u) ?? []) if (memberOf[v]! >= 0) out.add(memberOf[v]!);
    }
    return [...out].sort((x, y) => x - y);
  };
  // each claim's units by article, kept up to date as groups join: every test below asks about one article's units
  const byArticle = members.map((g) => unitsByArticle(g, units));
  const order = members.map((_, k) => k).sort((a, b) => byArticle[a]!.size - byArticle[b]!.size);
  for (const small of order) {
    const group = members[small]!;
    const mine = byArticle[small]!;
    if (group.length === 0 || mine.size > rules.maxArticles) continue;
    let best = -1;
    let bestScore = rules.accept;
    for (const k of candidates(group)) {
      const claim = members[k]!;
      if (k === small || claim.length === 0) continue;
      const theirs = byArticle[k]!;
      if (theirs.size <= mine.size) continue;
      // the small group's articles all tell the claim already (it is more of their wording), or none does and the
      // two are one claim split by clustering (then its best pair must read alike)
      // (loops, not lists: this runs for every small group and every claim it could join, millions of times)
      let within = true;
      let apart = true;
      for (const a of mine.keys()) {
        if (theirs.has(a)) apart = false;
        else within = false;
      }
      if (!within && !apart) continue;
      // a unit that overlaps one of the claim's (a clause of a sentence already there) adds nothing; more of an
      // article's wording stands right beside what it already tells of the claim
      if (anyUnit(group, theirs, units, overlaps)) continue;
      if (within && !everyUnit(group, theirs, units, beside)) continue;
      // the claim's wordings from other articles, a spread sample of them in a very large claim (cost stays linear);
      // a group apart must first show one pair reading alike, tried on a few of them
      const left: number[] = [];
      if (!apart) for (const a of mine.keys()) left.push(...(theirs.get(a) ?? []));
      if (claim.length === left.length) continue;
      if (apart) {
        let sure = false;
        for (const u of group) {
          for (const c of pairs ? (partners.get(u) ?? []) : spreadExcept(claim, left, SURE_TRIES)) {
            if ((!pairs || memberOf[c] === k) && score(u, c) >= rules.sure) {
              sure = true;
              break;
            }
          }
          if (sure) break;
        }
        if (!sure) continue;
      }
      const others = spreadExcept(claim, left, MAX_OTHERS);
      let sum = 0;
      for (const u of group) {
        let t = 0;
        for (const c of others) t += score(u, c);
        sum += t / others.length;
      }
      const mean = sum / group.length;
      if (mean >= bestScore) {
        best = k;
        bestScore = mean;
      }
    }
    if (best < 0) continue;
    for (const u of group) members[best]!.push(u);
    for (const u of group) {
      byArticle[best]!.set(units[u]!.article, [...(byArticle[best]!.get(units[u]!.article) ?? []), u]);
      memberOf[u] = best;
      withArticle.get(units[u]!.article)?.add(best);
    }
    members[small] = [];
    byArticle[small] = new Map();
  }
  return members.filter((m) => m.length > 0).map((m) => [...m].sort((x, y) => x - y));
}

/** Wordings of a claim a small group is scored against, at most. */
const MAX_OTHERS = 24;
/** Wordings of a claim tried for one pair reading alike, at most, when no candidate pairs are given. */
const SURE_TRIES = 8;

function unitsByArticle(group: readonly number[], units: readonly ClaimUnit[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const u of group) out.set(units[u]!.article, [...(out.get(units[u]!.article) ?? []), u]);
  return out;
}

// Whether some unit of the group stands so (`near`) to one of the claim's units of its article; whether each does.
function anyUnit(group: readonly number[], theirs: ReadonlyMap<number, readonly number[]>, units: readonly ClaimUnit[], near: (a: ClaimUnit, b: ClaimUnit) => boolean): boolean {
  for (const u of group) for (const c of theirs.get(units[u]!.article) ?? []) if (near(units[u]!, units[c]!)) return true;
  return false;
}

function everyUnit(group: readonly number[], theirs: ReadonlyMap<number, readonly number[]>, units: readonly ClaimUnit[], near: (a: ClaimUnit, b: ClaimUnit) => boolean): boolean {
  for (const u of group) if (!(theirs.get(units[u]!.article) ?? []).some((c) => near(units[u]!, units[c]!))) return false;
  return true;
}

// Two units of one article with nothing but space and punctuation between them.
function beside(a: ClaimUnit, b: ClaimUnit): boolean {
  if (a.article !== b.article) return false;
  return (a.end <= b.start && b.start - a.end <= 3) || (b.end <= a.start && a.start - b.end <= 3);
}

function overlaps(a: ClaimUnit, b: ClaimUnit): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}
