import type { Range } from '../model/span.ts';
import { ABBREVIATIONS } from './abbreviations.ts';

// End punctuation, closing marks, space, then a figure: "in 2023. 30 athletes ..."
const END_BEFORE_FIGURE = /[.!?]["”’)\]]*\s+(?=[$€£]?\d)/g;

/**
 * Unicode's rules keep a sentence going when the next one opens with a figure and a lower-case word ("... in 2023.
 * 30 athletes were banned"), so a sentence that differs from another's only in its figure would hide inside its
 * neighbour. Split there, unless the period closes an abbreviation ("No. 3", "Jan. 3", "approx. 40"), a
 * decimal or a single letter.
 */
export function splitDigitStarts(text: string, pieces: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    let start = piece.start;
    for (const m of body.matchAll(END_BEFORE_FIGURE)) {
      const at = piece.start + m.index;
      const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(start, at))?.[1] ?? '';
      if (text[at] === '.' && (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /^\p{L}(?:\.\p{L})+$/u.test(word))) continue;
      if (!/[\p{L}\p{N}%)"”’]$/u.test(text.slice(start, at))) continue;
      const end = at + m[0].trimEnd().length;
      out.push({ start, end });
      start = piece.start + m.index + m[0].length;
    }
    out.push({ start, end: piece.end });
  }
  return out;
}
