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
/** Passages of evidence kept per edge, the longest, each at most {@link PASSAGE_CHARS} long (its start). */
export const PASSAGES_PER_EDGE = 3;
export const PASSAGE_CHARS = 400;
/** Articles scored exactly per article, found through its rarest shared word 8-grams. */
const CANDIDATES = 12;
/** Rarest 8-grams of an article through which its candidate sources are looked up. */
const QUERY_GRAMS = 48;

/**
 * Who likely copied whom: each article's likeliest sources, at most {@link SOURCES_PER_ARTICLE}, among the earlier
 * published ones sharing verbatim word 8-grams that most other articles lack (what all share is the wire's). Only
 * claim text counts when claims are given. Each edge shows its longest shared passages as evidence, a bounded few. Candidates come from an index of 8-grams, read through each article's
 * rarest ones, so the cost grows with the number of articles, not with their pairs.
 */
export function estimateCopying(articles: readonly Article[], claims: readonly Claim[]): CopyEdge[] {
  const told = claimRegions(claims);
  const ids = new Map<string, number>();
  const grams = articles.map((a) => nGrams(a, told.get(a.id) ?? [{ start: 0, end: a.text.length }], ids));
  const times = articles.map((a) => Date.parse(a.published ?? ''));
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
  // (the earliest holders of an 8-gram's runs are read once per 8-gram: copies share their 8-grams by the thousand)
  const heldBy = new Map<string, readonly number[]>();
  const own = (k: string, from: number, to: number): boolean => {
    let held = heldBy.get(k);
    if (!held) heldBy.set(k, held = piecesOf(k).flatMap((p) => holders.get(p) ?? []));
    return held.every((h) => h === from || h === to || rank[h]! > rank[from]!);
  };
  const edges: CopyEdge[] = [];
  // votes for each earlier article, counted in place and cleared after each article (a map per article cost more than
  // the counting)
  const votes = new Int32Array(articles.length);
  for (let to = 0; to < articles.length; to++) {
    const copy = grams[to]!;
    if (copy.size === 0) continue;
    // candidate sources: the articles holding the rarest of its telling 8-grams that some other article holds too,
    // by how many of those they hold (an 8-gram of its own alone would fill the query and find no one)
    const shared = (k: string): boolean => { const n = postings.get(k)!.length; return n >= 2 && n < wireAt; };
    const rare = [...copy.keys()].filter(shared).sort((a, b) => postings.get(a)!.length - postings.get(b)!.length).slice(0, QUERY_GRAMS);
    const voted: number[] = [];
    for (const k of rare) {
      for (const from of postings.get(k)!) {
        if (from === to || !before(times, from, to)) continue;
        if (votes[from] === 0) voted.push(from);
        votes[from]! += 1;
      }
    }
    const candidates = voted.sort((a, b) => votes[b]! - votes[a]! || a - b).slice(0, CANDIDATES);
    for (const from of voted) votes[from] = 0;
    // (what it tells beyond the wire's wording, listed once for all its candidates)
    const told: [string, Range][] = [];
    for (const entry of copy) if (telling(entry[0])) told.push(entry);
    const scored = candidates.map((from) => {
      const source = grams[from]!;
      const shared: Range[] = [];
      let distinctive = 0;
      for (const [k, at] of told) {
        if (!source.has(k)) continue;
        shared.push(at);
        if (own(k, from, to)) distinctive++;
      }
      return { from, shared, score: shared.length / copy.size, distinctive: distinctive / copy.size };
    }).filter((c) => c.shared.length > 0 && c.score >= MIN_SCORE && c.distinctive >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.from - b.from)
      .slice(0, SOURCES_PER_ARTICLE);
    const text = articles[to]!.text;
    for (const { from, shared, score } of scored) {
      const evidence = boundEvidence(mergeRanges(shared), text).map((r) => ({ article: articles[to]!.id, start: r.start, end: r.end, text: text.slice(r.start, r.end) }));
      edges.push({ from: articles[from]!.id, to: articles[to]!.id, score: Math.round(score * 1000) / 1000, evidence });
    }
  }
  return edges.sort((a, b) => b.score - a.score);
}

/**
 * How much of the wording the other articles share among themselves one article holds: the word 8-grams (of claim
 * text where claims are given, quotations aside) that two or more of the others hold, and how many of those it holds
 * too. What most others share, an origin they all took it from holds; a rewrite of an absent source holds less of it.
 */
export function sharedWordingHeld(articles: readonly Article[], claims: readonly Claim[], article: string): { readonly shared: number; readonly held: number } {
  const told = claimRegions(claims);
  const ids = new Map<string, number>();
  const regionsOf = (a: Article): readonly Range[] => told.get(a.id) ?? [{ start: 0, end: a.text.length }];
  const holders = new Map<string, number>();
  let own: ReadonlyMap<string, Range> = new Map();
  for (const a of articles) {
    const grams = nGrams(a, regionsOf(a), ids);
    if (a.id === article) own = grams;
    else for (const k of grams.keys()) holders.set(k, (holders.get(k) ?? 0) + 1);
  }
  let shared = 0;
  let held = 0;
  for (const [k, n] of holders) {
    if (n < 2) continue;
    shared++;
    if (own.has(k)) held++;
  }
  return { shared, held };
}

// `from` can be the source of `to`: published earlier, or, with no dates to tell, earlier in the bundle.
function before(times: readonly number[], from: number, to: number): boolean {
  const [i, j] = from < to ? [from, to] : [to, from];
  const a = times[i]!;
  const b = times[j]!;
  const first = !Number.isNaN(a) && !Number.isNaN(b) && b < a ? j : i;
  return first === from;
}

// Each article's claim wordings, read once for all articles.
function claimRegions(claims: readonly Claim[]): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const c of claims) {
    for (const s of c.support) {
      const list = out.get(s.article);
      if (list) list.push(s);
      else out.set(s.article, [s]);
    }
  }
  return out;
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

// Quotations are verbatim in every outlet that carries them: sharing one is not copying another outlet.
const QUOTED = /[“"][^“”"]{3,}[”"]/g;

// Each 8-gram is keyed by its words' ids, one UTF-16 unit a word (an escape and two units past 65,534 words):
// the same words give the same key, as the words themselves would, in an eighth of the memory.
function nGrams(article: Article, regions: readonly Range[], ids: Map<string, number>): Map<string, Range> {
  const out = new Map<string, Range>();
  const quoted = [...article.text.matchAll(QUOTED)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const region of regions) {
    const words = [...article.text.slice(region.start, region.end).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
      w: codeOf(m[0].toLowerCase(), ids),
      start: region.start + (m.index ?? 0),
      end: region.start + (m.index ?? 0) + m[0].length,
    }));
    for (let k = 0; k + N <= words.length; k++) {
      let key = '';
      for (let j = k; j < k + N; j++) key += words[j]!.w;
      const at = { start: words[k]!.start, end: words[k + N - 1]!.end };
      if (quoted.some((q) => at.start < q.end && q.start < at.end)) continue;
      if (!out.has(key)) out.set(key, at);
    }
  }
  return out;
}

function codeOf(word: string, ids: Map<string, number>): string {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id < 0xffff ? String.fromCharCode(id) : String.fromCharCode(0xffff, id >>> 16, id & 0xffff);
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

// The evidence shown for an edge: its longest passages, in text order, each cut after a word within its first
// characters. A copy of a whole article repeats every paragraph of it; a few are evidence enough, and the report
// stays bounded.
function boundEvidence(passages: readonly Range[], text: string): Range[] {
  const longest = [...passages].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start).slice(0, PASSAGES_PER_EDGE);
  return longest.sort((a, b) => a.start - b.start).map((r) => {
    if (r.end - r.start <= PASSAGE_CHARS) return r;
    const space = text.lastIndexOf(' ', r.start + PASSAGE_CHARS);
    return { start: r.start, end: space > r.start ? space : r.start + PASSAGE_CHARS };
  });
}
