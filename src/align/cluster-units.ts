import type { ClaimUnit } from './claim-unit.ts';

/** A scored link between two units. */
export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/** When two groups may merge. */
export interface ClusterRules {
  /** Mean similarity across the two groups must reach this, so a chain of near-misses cannot join distinct claims. */
  readonly coherence: number;
  /** Cross pairs checked per merge at most; keeps big merges cheap. */
  readonly maxChecks: number;
}

/**
 * Greedy single-pass clustering, strongest link first: a link merges two groups only if they share no
 * article (one variant per article per claim), claim no sentence another group holds, and are coherent as a whole.
 * A group claims the sentences of its units when it merges, so a sentence belongs to the group that merged last of
 * those holding a unit with it. Each merge costs in the smaller group's size (its units join the larger), so a claim
 * thousands of articles carry is built in near-linear time.
 */
export function clusterUnits(
  units: readonly ClaimUnit[],
  edges: readonly Edge[],
  similarity: (a: number, b: number) => number,
  rules: ClusterRules,
): number[][] {
  const groupOf = units.map((_, i) => i);
  const members = units.map((_, i) => [i]);
  const articles = units.map((u) => new Set([u.article]));
  // the units that hold each sentence: itself, and the two-sentence units it is part of
  const holders = new Map<number, number[]>();
  units.forEach((u, i) => { for (const p of u.parts) holders.set(p, [...(holders.get(p) ?? []), i]); });
  // when each group last merged (claiming its sentences); a group never merged claims none
  const mergedAt = new Map<number, number>();
  // the sentences of a group's units that a unit of another merged group also holds: the only ones it may have lost
  const exposed = units.map(() => new Set<number>());
  const owner = (p: number): number | undefined => {
    let best: number | undefined;
    for (const h of holders.get(p) ?? []) {
      const g = groupOf[h]!;
      if (mergedAt.has(g) && (best === undefined || mergedAt.get(g)! > mergedAt.get(best)!)) best = g;
    }
    return best;
  };
  // Which group a sentence already serves, so a sentence never supports two claims.
  const free = (group: number, allowed: readonly number[]) => [...exposed[group]!].every((p) => {
    const o = owner(p);
    return o === undefined || allowed.includes(o);
  });
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  let clock = 0;
  for (const edge of sorted) {
    const ga = groupOf[edge.a] ?? edge.a;
    const gb = groupOf[edge.b] ?? edge.b;
    if (ga === gb) continue;
    const ma = members[ga] ?? [];
    const mb = members[gb] ?? [];
    const sa = articles[ga] ?? new Set<number>();
    const sb = articles[gb] ?? new Set<number>();
    const [fewer, more] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    if ([...fewer].some((x) => more.has(x))) continue;
    if (!free(ga, [ga, gb]) || !free(gb, [ga, gb])) continue;
    if (ma.length + mb.length > 2 && meanLink(ma, mb, similarity, rules.maxChecks) < rules.coherence) continue;
    const [keep, drop] = ma.length >= mb.length ? [ga, gb] : [gb, ga];
    const moved = members[drop] ?? [];
    // units merging for the first time now hold their sentences for a merged group
    const fresh = [...(mergedAt.has(keep) ? [] : members[keep]!), ...(mergedAt.has(drop) ? [] : moved)];
    for (const i of moved) groupOf[i] = keep;
    for (const i of moved) members[keep]!.push(i);
    members[drop] = [];
    for (const x of articles[drop] ?? []) articles[keep]?.add(x);
    for (const p of exposed[drop]!) exposed[keep]!.add(p);
    exposed[drop]!.clear();
    mergedAt.delete(drop);
    mergedAt.set(keep, clock++);
    for (const u of fresh) {
      for (const p of units[u]?.parts ?? []) {
        for (const h of holders.get(p) ?? []) {
          const g = groupOf[h]!;
          if (g === keep) continue;
          exposed[g]!.add(p);
          if (mergedAt.has(g)) exposed[keep]!.add(p);
        }
      }
    }
  }
  return members.filter((m) => m.length > 0).map((m) => [...m].sort((x, y) => x - y));
}

function meanLink(a: readonly number[], b: readonly number[], similarity: (a: number, b: number) => number, maxChecks: number): number {
  let total = 0;
  let count = 0;
  // A fixed stride through the cross product: deterministic, and spread over both groups.
  const pairs = a.length * b.length;
  const step = Math.max(1, Math.floor(pairs / maxChecks));
  for (let k = 0; k < pairs; k += step) {
    total += similarity(a[k % a.length] ?? 0, b[Math.floor(k / a.length)] ?? 0);
    count++;
  }
  return count === 0 ? 0 : total / count;
}
