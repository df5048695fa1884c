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
  // Which group a sentence already serves, so a sentence never supports two claims.
  const owner = new Map<number, number>();
  const free = (group: readonly number[], allowed: readonly number[]) =>
    group.every((u) => (units[u]?.parts ?? []).every((p) => {
      const o = owner.get(p);
      return o === undefined || allowed.includes(o);
    }));
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const edge of sorted) {
    const ga = groupOf[edge.a] ?? edge.a;
    const gb = groupOf[edge.b] ?? edge.b;
    if (ga === gb) continue;
    const ma = members[ga] ?? [];
    const mb = members[gb] ?? [];
    const sa = articles[ga] ?? new Set<number>();
    const sb = articles[gb] ?? new Set<number>();
    if ([...sa].some((x) => sb.has(x))) continue;
    if (!free(ma, [ga, gb]) || !free(mb, [ga, gb])) continue;
    if (ma.length + mb.length > 2 && meanLink(ma, mb, similarity, rules.maxChecks) < rules.coherence) continue;
    const [keep, drop] = ma.length >= mb.length ? [ga, gb] : [gb, ga];
    const moved = members[drop] ?? [];
    for (const i of moved) groupOf[i] = keep;
    members[keep] = [...(members[keep] ?? []), ...moved];
    members[drop] = [];
    for (const x of articles[drop] ?? []) articles[keep]?.add(x);
    for (const u of members[keep] ?? []) for (const p of units[u]?.parts ?? []) owner.set(p, keep);
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
