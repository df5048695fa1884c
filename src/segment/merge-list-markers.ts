import type { Range } from '../model/span.ts';
import { boundaryBetween } from './boundary.ts';

// "1.", "2)", "a.", "iv." or a bullet on its own: the start of a list item, not a sentence
const MARKER = /^(?:\p{Nd}{1,3}[.)]|\p{L}[.)]|[ivxlcdm]{1,5}[.)]|[-–—•*·▪►])$/u;

/** Join a bare list marker ("1.", "•") opening a line to the item that follows it on that line. */
export function mergeListMarkers(text: string, pieces: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const after = pieces[i + 1];
    const marker = startsLine(text, piece.start) && MARKER.test(text.slice(piece.start, piece.end));
    if (marker && after !== undefined && !boundaryBetween(text, piece, after).lineBreak) {
      out.push({ start: piece.start, end: after.end });
      i++;
    } else out.push(piece);
  }
  return out;
}

// "3." mid-line is a sentence ending in a number ("on Jan. 3. The ..."), not a marker
function startsLine(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || /[\n\r\u2028\u2029]/.test(text[i - 1]!);
}
