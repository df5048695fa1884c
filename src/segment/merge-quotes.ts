import type { Range } from '../model/span.ts';

/**
 * Longest stretch a quotation may hold together as one sentence. A short quote of a few sentences
 * belongs with its attribution (`"We left. It is over," she said.`); a long one is several claims.
 */
export const MAX_QUOTED_SENTENCE = 400;

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
// a straight quote opens after a space, an opening bracket or a dash, and closes elsewhere
const BEFORE_OPENING = /[\s([{\-–—/]/u;

/** Whether a double quotation is open at the end of `range`, given whether it was at the start. */
function openAfter(text: string, range: Range, open: boolean): boolean {
  for (let i = range.start; i < range.end; i++) {
    const c = text[i]!;
    if (OPENING.has(c)) open = true;
    else if (CLOSING.has(c)) open = false;
    else if (c === '"') open = BEFORE_OPENING.test(text[i - 1] ?? ' ');
  }
  return open;
}

/**
 * Rejoin the sentences of one quotation opened in one piece and closed in a later one
 * (`He said: "We are leaving. It is over."`). Pieces belong to one paragraph; a quotation left
 * open at the paragraph's end (news style for a quote that runs on) joins nothing.
 */
export function mergeQuotes(text: string, pieces: readonly Range[]): Range[] {
  const openAtEnd: boolean[] = [];
  let open = false;
  for (const piece of pieces) openAtEnd.push((open = openAfter(text, piece, open)));
  const out: Range[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i]!;
    let j = i;
    while (openAtEnd[j] === true && j + 1 < pieces.length) j++;
    const last = pieces[j]!;
    if (j > i && openAtEnd[j] === false && last.end - first.start <= MAX_QUOTED_SENTENCE) {
      out.push({ start: first.start, end: last.end });
    } else {
      // too long or never closed: keep every sentence, and do not rejoin the quotation's tail either
      for (let k = i; k <= j; k++) out.push(pieces[k]!);
    }
    i = j;
  }
  return out;
}
