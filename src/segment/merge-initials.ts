import type { Range } from '../model/span.ts';
import { boundaryBetween } from './boundary.ts';
import { mergeAdjacent } from './merge-adjacent.ts';
import { startsSentence } from './sentence-starters.ts';

const INITIALS = /^(?:\p{Lu}\.)+$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Rejoin pieces split after initials or dotted acronyms ("John F. Kennedy", "J.R.R. Tolkien",
 * "the U.S. Senate"), unless the next word plainly starts a sentence ("... in the U.S. The ...").
 */
export function mergeInitials(text: string, pieces: readonly Range[]): Range[] {
  return mergeAdjacent(pieces, (left, right) => {
    const { last, previous, next, lineBreak } = boundaryBetween(text, left, right);
    if (lineBreak || !INITIALS.test(last) || startsSentence(next)) return false;
    if (last.length > 2 || previous === '' || CAPITALISED.test(previous) || INITIALS.test(next)) return true;
    // after a lowercase word a lone letter may end the sentence ("switched to vitamin C. Doctors
    // were ..."); it opens a name only if a name follows ("editor J. Michael Pearson")
    return CAPITALISED.test(next) && CAPITALISED.test(secondWord(text, right));
  });
}

function secondWord(text: string, right: Range): string {
  return text.slice(right.start, Math.min(right.end, right.start + 80)).split(/\s+/, 2)[1] ?? '';
}
