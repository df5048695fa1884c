import type { Article, CopyEdge, Origin } from '../model/index.ts';
import { WIRE_NAMES } from '../lexicon/wires.ts';

/**
 * Likely copying without the pairs a missing wire explains: two articles that both credit a wire whose own copy the
 * bundle does not hold most likely both took the wording they share from it, so that wording is no evidence that
 * one copied the other. With the wire's copy in the bundle, its wording is told apart from the outlets' own already.
 */
export function dropAbsentWirePairs(edges: readonly CopyEdge[], articles: readonly Article[], origins: readonly Origin[]): CopyEdge[] {
  const outlets = new Set(articles.map((a) => a.outlet?.trim().toLowerCase()).filter((o): o is string => !!o));
  const held = (name: string): boolean => {
    const wire = WIRE_NAMES.find((w) => w.name === name);
    return [name, ...(wire?.forms ?? [])].some((form) => outlets.has(form.toLowerCase()));
  };
  const absent = origins.filter((o) => o.kind === 'wire' && !held(o.name)).map((o) => new Set(o.articles));
  if (absent.length === 0) return [...edges];
  return edges.filter((e) => !absent.some((crediting) => crediting.has(e.from) && crediting.has(e.to)));
}
