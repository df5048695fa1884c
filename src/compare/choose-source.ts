import type { Article } from '../model/index.ts';
import { WIRE_NAMES } from '../model/wire-names.ts';

/** What the others' wordings are judged against: the wire's copy, the earliest version, the majority, or one article. */
export type Baseline = 'wire' | 'earliest' | 'majority' | { readonly article: string };

const WIRE_OUTLETS = new Set(WIRE_NAMES.flatMap((w) => [w.name, ...w.forms]).map((n) => n.toLowerCase()));

/**
 * The article the others derive from, or null to judge by the majority: by default the wire's own copy (the
 * earliest if the bundle holds several), else nothing; "earliest" takes the first published version.
 */
export function chooseSource(articles: readonly Article[], baseline: Baseline = 'wire'): string | null {
  if (typeof baseline === 'object') return articles.some((a) => a.id === baseline.article) ? baseline.article : null;
  if (baseline === 'majority') return null;
  const pool = baseline === 'wire' ? articles.filter((a) => a.outlet !== null && WIRE_OUTLETS.has(a.outlet.toLowerCase())) : articles;
  const dated = pool.filter((a) => a.published !== null).sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
  if (baseline === 'earliest') return dated[0]?.id ?? null;
  return dated[0]?.id ?? (pool.length === 1 ? pool[0]!.id : null);
}
