/**
 * Positions. A span is a half-open range `[start, end)` of UTF-16 code units (JavaScript string
 * indices) into one article's clean `text`; `text.slice(start, end) === span.text` always holds.
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A range of one article's clean text (or, with `field: 'title'`, of its headline), with the words it covers. */
export interface Span extends Range {
  readonly article: string;
  readonly text: string;
  /** Set when the range is in the article's title rather than its text. */
  readonly field?: 'title';
}

/** The string a span's offsets point into: the article's text, or its title for a headline span. */
export function spannedText(article: { readonly text: string; readonly title: string | null }, span: Pick<Span, 'field'>): string {
  return span.field === 'title' ? article.title ?? '' : article.text;
}

/** Build a span of `articleId` over `text[start, end)`. */
export function spanOf(articleId: string, text: string, start: number, end: number): Span {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`Span [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  return { article: articleId, start, end, text: text.slice(start, end) };
}

/** Shrink a range so it neither starts nor ends with whitespace. */
export function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
