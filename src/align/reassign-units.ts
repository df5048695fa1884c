import type { ClaimUnit } from './claim-unit.ts';
import type { Edge } from './cluster-units.ts';

/** When a unit may leave the group greedy clustering put it in. */
export interface ReassignRules {
  /** Minimum mean score between the unit and its new group. */
  readonly accept: number;
  /** How much better the new group must match the unit, on average, than its own. */
  readonly margin: number;
}

/**
 * Greedy clustering follows the single strongest link, so a sentence that shares a name or two with one
 * claim can be taken from the claim it matches best as a whole. One pass moves a unit whose mean score
 * to its own group is below the acceptance line to the group it matches best on average (average
 * linkage), when that group has no sentence of its article and the group it leaves keeps two articles. Only groups the unit has a link into are considered, and a
 * large group's average is taken over an evenly spread sample of its members: the cost stays that of its edges
 * however many articles a claim holds.
 */
export function reassignUnits(
  groups: readonly (readonly number[])[],
  units: readonly ClaimUnit[],
  edges: readonly Edge[],
  score: (a: number, b: number) => number,
  rules: ReassignRules,
): number[][] {
  const members = groups.map((g) => [...g]);
  const groupOf = new Map<number, number>();
  members.forEach((g, k) => g.forEach((u) => groupOf.set(u, k)));
  const linked = new Map<number, Set<number>>();
  for (const { a, b } of edges) {
    linked.set(a, (linked.get(a) ?? new Set()).add(b));
    linked.set(b, (linked.get(b) ?? new Set()).add(a));
  }
  const articleOf = (u: number): number => units[u]?.article ?? -1;
  // how many units of each article each group holds
  const held = members.map((g) => {
    const count = new Map<number, number>();
    for (const x of g) count.set(articleOf(x), (count.get(articleOf(x)) ?? 0) + 1);
    return count;
  });
  // (`member`: whether u is in the group)
  const mean = (u: number, group: readonly number[], member: boolean): number => {
    const others = group.length - (member ? 1 : 0);
    if (others === 0) return 0;
    let sum = 0;
    let count = 0;
    if (others <= MAX_OTHERS) {
      for (const x of group) if (x !== u) { sum += score(u, x); count++; }
    } else {
      const step = group.length / MAX_OTHERS;
      for (let k = 0; k < MAX_OTHERS; k++) {
        const x = group[Math.floor(k * step)]!;
        if (x !== u) { sum += score(u, x); count++; }
      }
    }
    return sum / count;
  };
  for (let u = 0; u < units.length; u++) {
    const own = groupOf.get(u);
    if (own === undefined || (units[u]?.parts.length ?? 1) > 1) continue;
    const home = members[own]!;
    // the group it would leave keeps two articles
    const left = held[own]!;
    if (left.size - (left.get(articleOf(u)) === 1 ? 1 : 0) < 2) continue;
    const stay = mean(u, home, true);
    // a unit that matches its group on average as well as a link must is left where it is
    if (stay >= rules.accept) continue;
    let best = -1;
    let bestScore = Math.max(rules.accept, stay + rules.margin);
    for (const k of new Set([...(linked.get(u) ?? [])].map((x) => groupOf.get(x)))) {
      if (k === undefined || k === own) continue;
      const group = members[k]!;
      if (group.length < 2 || held[k]!.has(articleOf(u))) continue;
      const m = mean(u, group, false);
      if (m >= bestScore) {
        best = k;
        bestScore = m;
      }
    }
    if (best < 0) continue;
    members[own] = home.filter((x) => x !== u);
    members[best] = [...members[best]!, u].sort((x, y) => x - y);
    const count = left.get(articleOf(u))!;
    if (count === 1) left.delete(articleOf(u));
    else left.set(articleOf(u), count - 1);
    held[best]!.set(articleOf(u), 1);
    groupOf.set(u, best);
  }
  return members.filter((g) => g.length > 0);
}

/** Members of a group a unit is averaged against, at most: an evenly spread sample of a larger group. */
const MAX_OTHERS = 24;
