import type { Article, BaselineUsed } from '../model/index.ts';
import { WIRE_NAMES } from '../lexicon/wires.ts';

/** What the others' wordings are judged against: the wire's copy, the earliest version, the majority, or one article. */
export type Baseline = 'wire' | 'earliest' | 'majority' | { readonly article: string };

const WIRE_OUTLETS = new Set(WIRE_NAMES.flatMap((w) => [w.name, ...w.forms]).map((n) => n.toLowerCase()));

/**
 * The article the others derive from, or none to judge by the majority: by default the wire's own copy (the
 * earliest if the bundle holds several), else none; "earliest" takes the first published version; an article
 * the user names is taken as it is.
 */
export function chooseSource(articles: readonly Article[], baseline: Baseline = 'wire'): BaselineUsed {
  if (typeof baseline === 'object') {
    const chosen = articles.find((a) => a.id === baseline.article);
    return { mode: 'article', article: chosen?.id ?? null, label: chosen ? `the chosen baseline (${nameOf(chosen)})` : null };
  }
  if (baseline === 'majority') return { mode: 'majority', article: null, label: null };
  const pool = baseline === 'wire' ? articles.filter((a) => a.outlet !== null && WIRE_OUTLETS.has(a.outlet.toLowerCase())) : articles;
  const dated = pool.filter((a) => a.published !== null && !Number.isNaN(Date.parse(a.published))).sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
  if (baseline === 'earliest') {
    const first = dated[0];
    return { mode: 'earliest', article: first?.id ?? null, label: first ? `the earliest version (${nameOf(first)})` : null };
  }
  const wire = dated[0] ?? (pool.length === 1 ? pool[0] : undefined);
  return { mode: 'wire', article: wire?.id ?? null, label: wire ? `the ${wire.outlet!.replace(/^the\s+/i, '')} wire` : null };
}

// An article's outlet, else its file or address.
function nameOf(a: Article): string {
  return a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.id;
}
