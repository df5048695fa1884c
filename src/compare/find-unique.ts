import type { Article, Claim, Range, Span } from '../model/index.ts';
import { spanOf, trimRange } from '../model/index.ts';
import { isHeading } from './is-heading.ts';
import { FUNCTION_WORDS } from '../lexicon/function-words.ts';

/**
 * What only one outlet carries: every stretch of an article that no claim's support covers,
 * merged into one passage per run within a paragraph, in reading order. Section headings are left out.
 */
export function findUnique(articles: readonly Article[], claims: readonly Claim[]): Span[] {
  const covered = new Map<string, Range[]>();
  for (const claim of claims) {
    for (const span of claim.support) {
      const list = covered.get(span.article) ?? [];
      list.push(span);
      covered.set(span.article, list);
    }
  }
  const unique: Span[] = [];
  for (const article of articles) {
    const taken = [...(covered.get(article.id) ?? [])].sort((a, b) => a.start - b.start);
    const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
    for (const paragraph of paragraphs) {
      if (isHeading(article.text.slice(paragraph.start, paragraph.end))) continue;
      for (const run of subtract(paragraph, taken)) {
        const { start, end } = trimRange(article.text, run);
        // A leftover comma, closing quote or joining word ("and") between two covered clauses is not material.
        const words = article.text.slice(start, end).toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
        if (!words.some((w) => w.length >= 2 && !FUNCTION_WORDS.has(w))) continue;
        unique.push(spanOf(article.id, article.text, start, end));
      }
    }
  }
  return unique;
}

function subtract(range: Range, taken: readonly Range[]): Range[] {
  const runs: Range[] = [];
  let cursor = range.start;
  for (const t of taken) {
    if (t.end <= cursor || t.start >= range.end) continue;
    if (t.start > cursor) runs.push({ start: cursor, end: t.start });
    cursor = Math.max(cursor, t.end);
  }
  if (cursor < range.end) runs.push({ start: cursor, end: range.end });
  return runs;
}
