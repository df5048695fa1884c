import type { Article, Range } from '../model/index.ts';

const MAX_HEADING_WORDS = 12;

/** A section heading ("What the engineers found"): a short paragraph with no closing punctuation. It labels reporting; it is not reporting of its own. */
export function isHeading(paragraph: string): boolean {
  const text = paragraph.trim();
  return !/[.!?…:;]["'”’)]*$/u.test(text) && text.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/** True when `range` lies in a paragraph of `article` that is a section heading. */
export function inHeading(article: Article, range: Range): boolean {
  const paragraph = article.paragraphs.find((p) => p.start <= range.start && range.end <= p.end);
  return paragraph !== undefined && isHeading(article.text.slice(paragraph.start, paragraph.end));
}
