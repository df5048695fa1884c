import type { Article, Claim, Mention, Range, Span } from '../model/index.ts';
import type { Token } from '../extract/tag-text.ts';
import { wordTokens, type WordToken } from '../text/word-tokens.ts';
import { alignWords, type WordAlignment } from './align-words.ts';
import { inHeading } from './is-heading.ts';

/** One article's wording of a claim, tokenised, with the mentions that fall inside it. */
export interface Variant {
  /** Position in the claim's variant list. */
  readonly index: number;
  readonly article: Article;
  /** Position of the article in the bundle: the tie-break for "later". */
  readonly order: number;
  readonly span: Span;
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly Mention[];
  /** How many attributions this wording carries. */
  readonly sourcing: number;
}

/** Everything a rule needs about one claim: its variants and their word alignments. */
export interface ClaimContext {
  readonly claim: Claim;
  readonly variants: readonly Variant[];
  /** Alignment of variant `a`'s words onto variant `b`'s (cached). */
  align(a: number, b: number): WordAlignment;
  /** The variants `v` is compared with (all others, or a spread sample in very large claims). */
  others(v: number): readonly Variant[];
  /** Share of the shorter wording's content words that the other wording matches, 0..1. */
  overlap(a: number, b: number): number;
  /** Share of the longer wording's content words that are matched: low when one wording says much more. */
  similarity(a: number, b: number): number;
  /** The sentences just before and just after variant `v` in its paragraph, and the rest of its own sentence when `v` is a clause of it, as wordings of their own (index -1). */
  around(v: number): readonly Variant[];
}

const MAX_OTHERS = 12;

/** Build the comparison context of one claim; `tags` gives each article's tagged tokens. */
export function createClaimContext(
  claim: Claim,
  articles: ReadonlyMap<string, { article: Article; order: number }>,
  mentions: ReadonlyMap<string, readonly Mention[]>,
  tags: (article: Article) => readonly Token[],
): ClaimContext {
  const byArticle = new Map<string, Range[]>();
  for (const s of claim.support) {
    // a section heading the aligner matched labels reporting; it is no wording of the claim
    const entry = articles.get(s.article);
    if (entry && inHeading(entry.article, s)) continue;
    byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
  }
  const variants: Variant[] = [];
  for (const [id, ranges] of byArticle) {
    const entry = articles.get(id);
    if (!entry) continue;
    const { article, order } = entry;
    const sorted = [...ranges].sort((x, y) => x.start - y.start);
    const start = sorted[0]!.start;
    const end = Math.max(...sorted.map((r) => r.end));
    const articleTags = tags(article);
    const tokens = sorted.flatMap((r) => wordTokens(article.text, r, articleTags));
    const inside = (mentions.get(id) ?? []).filter((m) => sorted.some((r) => m.start < r.end && m.end > r.start));
    variants.push({
      index: variants.length,
      article,
      order,
      span: { article: id, start, end, text: article.text.slice(start, end) },
      tokens,
      mentions: inside,
      sourcing: inside.filter((m) => m.kind === 'attribution').length,
    });
  }
  const cache = new Map<string, WordAlignment>();
  const align = (a: number, b: number): WordAlignment => {
    const key = `${a}:${b}`;
    let hit = cache.get(key);
    if (!hit) {
      const result = alignWords(variants[a]!.tokens, variants[b]!.tokens);
      hit = result;
      cache.set(key, result);
      cache.set(`${b}:${a}`, { aToB: result.bToA, bToA: result.aToB });
    }
    return hit;
  };
  const others = (v: number): readonly Variant[] => {
    const rest = variants.filter((x) => x.index !== v);
    if (rest.length <= MAX_OTHERS) return rest;
    const step = rest.length / MAX_OTHERS;
    return Array.from({ length: MAX_OTHERS }, (_, i) => rest[Math.floor(i * step)]!);
  };
  const overlap = (a: number, b: number): number => {
    const { aToB } = align(a, b);
    const matched = aToB.filter((x) => x >= 0).length;
    const size = Math.min(contentCount(variants[a]!), contentCount(variants[b]!));
    return size === 0 ? 0 : matched / size;
  };
  const similarity = (a: number, b: number): number => {
    const { aToB } = align(a, b);
    const size = Math.max(contentCount(variants[a]!), contentCount(variants[b]!));
    return size === 0 ? 0 : aToB.filter((x) => x >= 0).length / size;
  };
  const nearby = new Map<number, readonly Variant[]>();
  const around = (v: number): readonly Variant[] => {
    let hit = nearby.get(v);
    if (!hit) {
      const x = variants[v]!;
      hit = adjacentSentences(x.article, x.span).map((r) => makeVariant(x.article, x.order, r, mentions, tags));
      nearby.set(v, hit);
    }
    return hit;
  };
  return { claim, variants, align, others, overlap, similarity, around };
}

// The sentence ending right before `span` and the one starting right after it, inside the same paragraph; and when
// `span` is a clause of a longer sentence, the rest of that sentence ("..., although ..., AP reported.").
function adjacentSentences(article: Article, span: Range): Range[] {
  const paragraph = article.paragraphs.find((p) => p.start <= span.start && span.start < p.end);
  if (!paragraph) return [];
  const inside = article.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
  const before = inside.filter((s) => s.end <= span.start).pop();
  const after = inside.find((s) => s.start >= span.end);
  const own = inside.find((s) => s.start <= span.start && span.end <= s.end);
  const rest = own && own.end > span.end ? { start: span.end, end: own.end } : undefined;
  const lead = own && own.start < span.start ? { start: own.start, end: span.start } : undefined;
  return [before, lead, rest, after].filter((s): s is Range => s !== undefined && /\p{L}/u.test(article.text.slice(s.start, s.end)));
}

function makeVariant(
  article: Article,
  order: number,
  range: Range,
  mentions: ReadonlyMap<string, readonly Mention[]>,
  tags: (article: Article) => readonly Token[],
): Variant {
  const inside = (mentions.get(article.id) ?? []).filter((m) => m.start < range.end && m.end > range.start);
  return {
    index: -1,
    article,
    order,
    span: { article: article.id, start: range.start, end: range.end, text: article.text.slice(range.start, range.end) },
    tokens: wordTokens(article.text, range, tags(article)),
    mentions: inside,
    sourcing: inside.filter((m) => m.kind === 'attribution').length,
  };
}

function contentCount(v: Variant): number {
  return v.tokens.filter((t) => t.content).length;
}
