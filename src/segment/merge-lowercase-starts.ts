import type { Range } from '../model/span.ts';
import { boundaryBetween } from './boundary.ts';
import { mergeAdjacent } from './merge-adjacent.ts';

// lowercase first, no capital later: "he", "and"; not a brand like "iPhone" or "eBay"
const CONTINUING_WORD = /^\p{Ll}[^\p{Lu}]*$/u;

/**
 * Rejoin a piece that starts with a lowercase word to the one before on the same line: a sentence
 * never starts that way, so the split was after a quoted question or exclamation (`"Why?" he asked`).
 * A line break stays a boundary: clean text keeps lines only where they mean something (a stray
 * `tracking` or `newsletters` line is not part of the sentence above it).
 */
export function mergeLowercaseStarts(text: string, pieces: readonly Range[]): Range[] {
  return mergeAdjacent(pieces, (left, right) => {
    const { next, lineBreak } = boundaryBetween(text, left, right);
    return !lineBreak && CONTINUING_WORD.test(next);
  });
}
