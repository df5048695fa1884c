import type { Range } from '../model/span.ts';

/** A quotation: the span with its marks, and the quoted words inside. */
export interface Quotation extends Range {
  readonly content: Range;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const MAX_SINGLE = 300;

/**
 * Find quotations in double quotes (straight or curly), guillemets, and single curly quotes where they
 * cannot be apostrophes. A quotation left open at a paragraph's end closes there, since news style
 * reopens a quote that runs on into the next paragraph.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // Clean text separates paragraphs by newlines: a quote still open there runs on to the next one.
    if (ch === '\n' && open >= 0) {
      push(found, text, open, i);
      open = -1;
      continue;
    }
    if (open >= 0) {
      if (ch === closer || (closer === '”' && ch === '"') || (closer === '"' && ch === '”')) {
        push(found, text, open, i + 1);
        open = -1;
      }
      continue;
    }
    if (ch in PAIRS && !(ch === '"' && /\w/.test(text[i - 1] ?? '') && !/\w/.test(text[i + 1] ?? ''))) {
      open = i;
      closer = PAIRS[ch]!;
      continue;
    }
    if (ch === '‘' && !/\w/.test(text[i - 1] ?? '') && /\S/.test(text[i + 1] ?? '')) {
      const end = singleClose(text, i + 1);
      if (end > 0) {
        push(found, text, i, end + 1);
        i = end;
      }
    }
  }
  if (open >= 0) push(found, text, open, text.length);
  return found;
}

function singleClose(text: string, from: number): number {
  for (let j = from; j < text.length && j - from < MAX_SINGLE; j++) {
    const ch = text[j]!;
    if (ch === '\n' || ch === '‘' || ch === '“') return -1;
    // After an opening ‘, the first ’ not inside a word ("don’t") closes it.
    if (ch === '’' && !/\p{L}/u.test(text[j + 1] ?? '') && /[\p{L}\p{N}.,!?]/u.test(text[j - 1] ?? '')) return j;
  }
  return -1;
}

function push(found: Quotation[], text: string, start: number, end: number): void {
  let contentStart = start + 1;
  const closed = /[”"»’“]/.test(text[end - 1] ?? '') && end - 1 > start;
  let contentEnd = closed ? end - 1 : end;
  while (contentStart < contentEnd && /\s/.test(text[contentStart]!)) contentStart++;
  while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
  if (contentEnd <= contentStart) return;
  const close = closed ? end : contentEnd;
  found.push({ start, end: close, content: { start: contentStart, end: contentEnd } });
}
