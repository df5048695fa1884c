import type { Article, Claim, CopyEdge, Range } from '../model/index.ts';

export type { CopyEdge };

const N = 8;
const MIN_SCORE = 0.02;

/**
 * Who likely copied whom: pairs sharing verbatim word 8-grams that most other articles lack (what all share
 * is the wire's). Only claim text counts when claims are given; the earlier published article is the source.
 */
export function estimateCopying(articles: readonly Article[], claims: readonly Claim[]): CopyEdge[] {
  const grams = articles.map((a) => nGrams(a, regionsOf(a, claims)));
  const spread = new Map<string, number>();
  for (const g of grams) for (const k of g.keys()) spread.set(k, (spread.get(k) ?? 0) + 1);
  // with three or more articles, wording most of them share is the wire's, not one outlet's copy
  const wireAt = articles.length >= 3 ? Math.max(3, Math.ceil(articles.length / 2)) : Infinity;
  const edges: CopyEdge[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const [from, to] = order(articles, i, j);
      const source = grams[from]!;
      const copy = grams[to]!;
      const shared: Range[] = [];
      for (const [k, at] of copy) if (source.has(k) && (spread.get(k) ?? 0) < wireAt) shared.push(at);
      if (shared.length === 0 || copy.size === 0) continue;
      const score = shared.length / copy.size;
      if (score < MIN_SCORE) continue;
      const text = articles[to]!.text;
      const evidence = mergeRanges(shared).map((r) => ({ article: articles[to]!.id, start: r.start, end: r.end, text: text.slice(r.start, r.end) }));
      edges.push({ from: articles[from]!.id, to: articles[to]!.id, score: Math.round(score * 1000) / 1000, evidence });
    }
  }
  return edges.sort((a, b) => b.score - a.score);
}

// Earlier published first; with no dates to tell, bundle order.
function order(articles: readonly Article[], i: number, j: number): [number, number] {
  const a = Date.parse(articles[i]!.published ?? '');
  const b = Date.parse(articles[j]!.published ?? '');
  if (!Number.isNaN(a) && !Number.isNaN(b) && b < a) return [j, i];
  return [i, j];
}

function regionsOf(article: Article, claims: readonly Claim[]): Range[] {
  const spans = claims.flatMap((c) => c.support.filter((s) => s.article === article.id));
  return spans.length > 0 ? spans : [{ start: 0, end: article.text.length }];
}

// Quotations are verbatim in every outlet that carries them: sharing one is not copying another outlet.
const QUOTED = /[“"][^“”"]{3,}[”"]/g;

function nGrams(article: Article, regions: readonly Range[]): Map<string, Range> {
  const out = new Map<string, Range>();
  const quoted = [...article.text.matchAll(QUOTED)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const region of regions) {
    const words = [...article.text.slice(region.start, region.end).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
      w: m[0].toLowerCase(),
      start: region.start + (m.index ?? 0),
      end: region.start + (m.index ?? 0) + m[0].length,
    }));
    for (let k = 0; k + N <= words.length; k++) {
      const key = words.slice(k, k + N).map((x) => x.w).join(' ');
      const at = { start: words[k]!.start, end: words[k + N - 1]!.end };
      if (quoted.some((q) => at.start < q.end && q.start < at.end)) continue;
      if (!out.has(key)) out.set(key, at);
    }
  }
  return out;
}

function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
