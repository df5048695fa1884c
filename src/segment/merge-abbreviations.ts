import type { Range } from '../model/span.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { boundaryBetween } from './boundary.ts';
import { CONTINUATION_WORDS } from './continuation-words.ts';
import { mergeAdjacent } from './merge-adjacent.ts';
import { startsSentence } from './sentence-starters.ts';

const DIGIT_START = /^\p{Nd}/u;
const TRAILING = /[.,;:!?”"’')\]]+$/u;

/** Rejoin pieces split after a known abbreviation ("Dr. Lee", "Jan. 3", "9 a.m. Monday"). */
export function mergeAbbreviations(text: string, pieces: readonly Range[]): Range[] {
  return mergeAdjacent(pieces, (left, right) => {
    const { last, next, lineBreak } = boundaryBetween(text, left, right);
    if (lineBreak || !last.endsWith('.')) return false;
    const kind = ABBREVIATIONS.get(last.slice(0, -1));
    if (kind === undefined) return false;
    if (kind === 'always' || DIGIT_START.test(next)) return true;
    const word = next.replace(TRAILING, '');
    if (kind === 'name') return !startsSentence(next);
    // "Acme Co. Ltd." is one name
    if (kind === 'ends') return CONTINUATION_WORDS.has(word) || ABBREVIATIONS.get(next.slice(0, -1)) === 'ends';
    return false;
  });
}
