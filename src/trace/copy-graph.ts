import type { Article, Claim, CopyEdge, Range } from '../model/index.ts';

export type { CopyEdge };

const N = 8;
/** Words in the shorter runs an 8-gram is read through to tell the wording in circulation from one outlet's own. */
const PIECE = 5;
/** Earliest holders kept per run: enough to find one besides the two articles compared. */
const HOLDERS = 3;
const MIN_SCORE = 0.02;
/** Likeliest sources kept per article: the copy graph is sparse, its evidence bounded, whatever the bundle's size. */
export const SOURCES_PER_ARTICLE = 3;
/** Articles scored exactly per article, found through its rarest shared word 8-grams. */
const CANDIDATES = 12;
/** Rarest 8-grams of an article through which its candidate sources are looked up. */
const QUERY_GRAMS = 48;

/**
 * Who likely copied whom: each article's likeliest sources, at most {@link SOURCES_PER_ARTICLE}, among the earlier
 * published ones sharing verbatim word 8-grams that most other articles lack (what all share is the wire's). Only
 * claim text counts when claims are given. Candidates come from an index of 8-grams, read through each article's
 * rarest ones, so the cost grows with the number of articles, not with their pairs.
 */
export function estimateCopying(articles: readonly Article[], claims: readonly Claim[]): CopyEdge[] {
  const grams = articles.map((a) => nGrams(a, regionsOf(a, claims)));
  // with three or more articles, wording most of them share is the wire's, not one outlet's copy
  const wireAt = articles.length >= 3 ? Math.max(3, Math.ceil(articles.length / 2)) : Infinity;
  const postings = new Map<string, number[]>();
  grams.forEach((g, i) => { for (const k of g.keys()) { const list = postings.get(k); if (list) list.push(i); else postings.set(k, [i]); } });
  const telling = (k: string): boolean => (postings.get(k)?.length ?? 0) < wireAt;
  const rank = publicationRanks(articles);
  const holders = earliestHolders(grams, rank);
  // Wording in circulation before the source is not the source's own: a shared 8-gram any of whose 5-word runs a
  // third article published no later than the source holds is the common source's wording (a wire sentence, a stock
  // phrase), lightly edited or not, and tells nothing about who copied whom.
  const own = (k: string, from: number, to: number): boolean => piecesOf(k).every((p) =>
    (holders.get(p) ?? []).every((h) => h === from || h === to || rank[h]! > rank[from]!));
  const edges: CopyEdge[] = [];
  for (let to = 0; to < articles.length; to++) {
    const copy = grams[to]!;
    if (copy.size === 0) continue;
    // candidate sources: the articles holding the rarest of its telling 8-grams that some other article holds too,
    // by how many of those they hold (an 8-gram of its own alone would fill the query and find no one)
    const shared = (k: string): boolean => { const n = postings.get(k)!.length; return n >= 2 && n < wireAt; };
    const rare = [...copy.keys()].filter(shared).sort((a, b) => postings.get(a)!.length - postings.get(b)!.length).slice(0, QUERY_GRAMS);
    const votes = new Map<number, number>();
    for (const k of rare) for (const from of postings.get(k)!) if (from !== to && before(articles, from, to)) votes.set(from, (votes.get(from) ?? 0) + 1);
    const candidates = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([from]) => from);
    const scored = candidates.map((from) => {
      const source = grams[from]!;
      const shared: Range[] = [];
      let distinctive = 0;
      for (const [k, at] of copy) {
        if (!source.has(k) || !telling(k)) continue;
        shared.push(at);
        if (own(k, from, to)) distinctive++;
      }
      return { from, shared, score: shared.length / copy.size, distinctive: distinctive / copy.size };
    }).filter((c) => c.shared.length > 0 && c.score >= MIN_SCORE && c.distinctive >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.from - b.from)
      .slice(0, SOURCES_PER_ARTICLE);
    const text = articles[to]!.text;
    for (const { from, shared, score } of scored) {
      const evidence = mergeRanges(shared).map((r) => ({ article: articles[to]!.id, start: r.start, end: r.end, text: text.slice(r.start, r.end) }));
      edges.push({ from: articles[from]!.id, to: articles[to]!.id, score: Math.round(score * 1000) / 1000, evidence });
    }
  }
  return edges.sort((a, b) => b.score - a.score);
}

// `from` can be the source of `to`: published earlier, or, with no dates to tell, earlier in the bundle.
function before(articles: readonly Article[], from: number, to: number): boolean {
  const [first] = order(articles, Math.min(from, to), Math.max(from, to));
  return first === from;
}

// Earlier published first; with no dates to tell, bundle order.
function order(articles: readonly Article[], i: number, j: number): [number, number] {
  const a = Date.parse(articles[i]!.published ?? '');
  const b = Date.parse(articles[j]!.published ?? '');
  if (!Number.isNaN(a) && !Number.isNaN(b) && b < a) return [j, i];
  return [i, j];
}

// Each article's place in publication order, as `before` reads it: by date where both have one, else bundle order.
function publicationRanks(articles: readonly Article[]): number[] {
  const time = articles.map((a) => Date.parse(a.published ?? ''));
  const order = articles.map((_, i) => i).sort((i, j) => (Number.isNaN(time[i]!) || Number.isNaN(time[j]!) ? 0 : time[i]! - time[j]!) || i - j);
  const rank: number[] = [];
  order.forEach((article, r) => { rank[article] = r; });
  return rank;
}

// The earliest articles (by publication rank, at most HOLDERS) holding each 5-word run of their 8-grams.
function earliestHolders(grams: readonly Map<string, Range>[], rank: readonly number[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  grams.forEach((g, i) => {
    const runs = new Set<string>();
    for (const k of g.keys()) for (const p of piecesOf(k)) runs.add(p);
    for (const p of runs) {
      const list = out.get(p);
      if (!list) { out.set(p, [i]); continue; }
      list.push(i);
      list.sort((a, b) => rank[a]! - rank[b]!);
      if (list.length > HOLDERS) list.pop();
    }
  });
  return out;
}

function piecesOf(key: string): string[] {
  const words = key.split(' ');
  return Array.from({ length: words.length - PIECE + 1 }, (_, i) => words.slice(i, i + PIECE).join(' '));
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
