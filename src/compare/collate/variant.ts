import type { Article, Range, Span } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { Tag } from '../tag/tag.ts';
import type { TaggedArticle } from '../tag/tagged-article.ts';

/** One article's wording of a claim: its words (local indices 0..n-1) and the tags on them, in local indices. */
export interface Variant {
  /** Position in the claim's variant list. */
  readonly index: number;
  readonly tagged: TaggedArticle;
  readonly article: Article;
  readonly span: Span;
  /** Article word index of each local word. */
  readonly at: readonly number[];
  readonly tokens: readonly WordToken[];
  /** Tags overlapping the wording, clipped to it, in local indices. */
  readonly tags: readonly Tag[];
  /** The wording opens its sentence / closes it (it is not a clause cut out of a longer one at that end). */
  readonly opensSentence: boolean;
  readonly closesSentence: boolean;
}

/** Build a variant over the article words `[from, to)` of each range given (in order). */
export function makeVariant(index: number, tagged: TaggedArticle, ranges: readonly { from: number; to: number }[]): Variant {
  // a wire dateline opening the wording is where the copy was filed, not part of what it says
  const line = tagged.dateline;
  const at = ranges.flatMap((r) => Array.from({ length: r.to - r.from }, (_, k) => r.from + k)).filter((g) => !line || g < line.from || g >= line.to);
  const local = new Map(at.map((g, k) => [g, k]));
  const tags: Tag[] = [];
  // (a tag wholly before or after the wording's words holds none of them)
  const lowest = Math.min(...at);
  const highest = Math.max(...at);
  for (const t of tagged.tags) {
    if (t.to <= lowest || t.from > highest) continue;
    const inside = at.filter((g) => g >= t.from && g < t.to);
    if (inside.length === 0) continue;
    const from = local.get(inside[0]!)!;
    const to = local.get(inside[inside.length - 1]!)! + 1;
    // a figure's own word, in local indices too (or the tag's first word when the figure is outside the wording)
    tags.push(t.kind === 'num' ? { ...t, from, to, at: local.get(t.at) ?? from, ...(local.has(t.at) ? {} : { outside: true as const }) } : { ...t, from, to });
  }
  const words = tagged.words;
  const first = words[at[0] ?? 0];
  const last = words[at[at.length - 1] ?? 0];
  const text = tagged.article.text;
  const start = first?.start ?? 0;
  const end = last?.end ?? 0;
  const firstSentence = tagged.sentenceOf[at[0] ?? 0] ?? -1;
  const lastSentence = tagged.sentenceOf[at[at.length - 1] ?? 0] ?? -1;
  const opensSentence = (at[0] ?? 0) === 0 || tagged.sentenceOf[(at[0] ?? 0) - 1] !== firstSentence;
  const closesSentence = (at[at.length - 1] ?? 0) + 1 >= words.length || tagged.sentenceOf[(at[at.length - 1] ?? 0) + 1] !== lastSentence;
  return {
    index, tagged, article: tagged.article, at, tokens: at.map((g) => words[g]!), tags, opensSentence, closesSentence,
    span: { article: tagged.article.id, start, end, text: text.slice(start, end) },
  };
}

/**
 * The characters local words `[from, to)` of a variant cover; null when there are none. A wording reordered like
 * the reference (reorderLike) is compared out of text order, so its first and last local words need not be the
 * first and last in the text: the range runs from the earliest word to the latest.
 */
export function extentOfWords(v: Variant, from: number, to: number): Range | null {
  let start = Infinity;
  let end = -Infinity;
  for (let k = Math.max(0, from); k < Math.min(to, v.tokens.length); k++) {
    const w = v.tokens[k]!;
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  return end >= start ? { start, end } : null;
}

/** Local words `[from, to)` of a variant as a span of its article, closing a bracket or quotation the words open. */
export function spanOfWords(v: Variant, from: number, to: number): Span | null {
  if (!v.tokens[from] || !v.tokens[to - 1] || to <= from) return null;
  const { start, end: last } = extentOfWords(v, from, to)!;
  const text = v.article.text;
  let end = last;
  for (const [open, close] of [['(', ')'], ['[', ']'], ['“', '”']] as const) {
    const inside = text.slice(start, end);
    if (inside.split(open).length > inside.split(close).length && text[end] === close) end++;
  }
  return { article: v.article.id, start, end, text: text.slice(start, end) };
}
