import type { ClaimUnit } from './claim-unit.ts';
import type { Edge } from './cluster-units.ts';

/** What makes a link. */
export interface EdgeRules {
  readonly accept: number;
  /** How much better a two-sentence unit must match than either of its sentences alone. */
  readonly pairMargin: number;
}

/**
 * Score candidate pairs and keep the links worth clustering. A two-sentence unit links only where it
 * beats both of its sentences clearly: the other outlet packed both into one sentence.
 */
export function scoreEdges(
  units: readonly ClaimUnit[],
  pairs: ReadonlyArray<{ readonly a: number; readonly b: number }>,
  score: (a: number, b: number) => number,
  lexical: (a: number, b: number) => number,
  rules: EdgeRules,
): Edge[] {
  const edges: Edge[] = [];
  for (const { a, b } of pairs) {
    const s = score(a, b);
    if (s < rules.accept) continue;
    const [multi, single] = (units[a]?.parts.length ?? 1) > 1 ? [a, b] : [b, a];
    const parts = units[multi]?.parts ?? [];
    if (parts.length > 1) {
      const whole = lexical(multi, single);
      const best = Math.max(...parts.map((p) => lexical(p, single)));
      if (whole < best + rules.pairMargin) continue;
    }
    edges.push({ a, b, score: s });
  }
  return edges;
}
