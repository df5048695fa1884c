import type { Range } from '../model/span.ts';
import { trimRange } from '../model/span.ts';

/**
 * Split `text` into paragraphs at blank lines, trimmed. Text with no blank line at all but several
 * lines (scraped plain text) is read as one paragraph per line.
 *
 * A gap is a whole run of whitespace: a blank line when it holds two line breaks (CRLF is one) or a
 * Unicode paragraph separator; with no blank line anywhere, a line break (or U+2028) is enough. One
 * pass over the text: the regular expressions this replaces rescanned a long run of spaces from each
 * of its positions (quadratic).
 */
export function splitParagraphs(text: string): Range[] {
  const runs = whitespaceRuns(text);
  const blank = runs.some((r) => r.breaks >= 2 || r.paragraphSeparator);
  const paragraphs: Range[] = [];
  let start = 0;
  for (const run of runs) {
    const gap = blank ? run.breaks >= 2 || run.paragraphSeparator : run.breaks + run.lineSeparators >= 1;
    if (!gap) continue;
    pushTrimmed(text, { start, end: run.start }, paragraphs);
    start = run.end;
  }
  pushTrimmed(text, { start, end: text.length }, paragraphs);
  return paragraphs;
}

interface Run {
  readonly start: number;
  readonly end: number;
  /** Line breaks in the run: LF, CR, CRLF (as one). */
  readonly breaks: number;
  readonly lineSeparators: number;
  readonly paragraphSeparator: boolean;
}

/** The maximal runs of whitespace (as `\s` means it) that hold a line or paragraph break. */
function whitespaceRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let breaks = 0;
    let lineSeparators = 0;
    let paragraphSeparator = false;
    while (i < text.length && isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
      else if (c === 0x2028) lineSeparators++;
      else if (c === 0x2029) paragraphSeparator = true;
      i++;
    }
    if (breaks + lineSeparators > 0 || paragraphSeparator) runs.push({ start, end: i, breaks, lineSeparators, paragraphSeparator });
  }
  return runs;
}

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function pushTrimmed(text: string, range: Range, into: Range[]): void {
  const trimmed = trimRange(text, range);
  if (trimmed.end > trimmed.start) into.push(trimmed);
}
