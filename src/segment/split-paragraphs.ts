import type { Range } from '../model/span.ts';
import { trimRange } from '../model/span.ts';

// a blank line (possibly holding spaces) or a Unicode paragraph separator
// (CRLF is one line break: "\r(?!\n)" keeps it from counting as two)
const BLANK_LINE = /[^\S\n\r\u2029]*(?:\r\n|\n|\r(?!\n))(?:[^\S\n\r\u2029]*(?:\r\n|\n|\r(?!\n)))+\s*|\s*\u2029\s*/gu;
const LINE_BREAK = /\s*(?:\r?\n|\r|\u2028)\s*/gu;

/**
 * Split `text` into paragraphs at blank lines, trimmed. Text with no blank line at all but several
 * lines (scraped plain text) is read as one paragraph per line.
 */
export function splitParagraphs(text: string): Range[] {
  const breaks = text.search(BLANK_LINE) >= 0 ? BLANK_LINE : LINE_BREAK;
  const paragraphs: Range[] = [];
  let start = 0;
  for (const gap of text.matchAll(breaks)) {
    pushTrimmed(text, { start, end: gap.index }, paragraphs);
    start = gap.index + gap[0].length;
  }
  pushTrimmed(text, { start, end: text.length }, paragraphs);
  return paragraphs;
}

function pushTrimmed(text: string, range: Range, into: Range[]): void {
  const trimmed = trimRange(text, range);
  if (trimmed.end > trimmed.start) into.push(trimmed);
}
