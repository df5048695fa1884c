import type { Range } from '../model/span.ts';
import { boundaryBetween } from './boundary.ts';
import { mergeAdjacent } from './merge-adjacent.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';

// the piece is one quotation closing on "!" or "?": `“Get out!”`. After a full stop the writer
// would have used a comma (`“We left,” Lee said`), so `“We left.” Lee said ...` is a new sentence.
const QUOTE_START = /^["“‘'«]/u;
const QUOTE_END = /[!?…]["”’'»]$/u;
const CAPITALISED = /^\p{Lu}/u;
const TRAILING = /[.,;:!?]+$/u;
// speaker names are short: "Lee", "The prime minister", "U.S. Trade Representative Jane Doe"
const MAX_SPEAKER_WORDS = 6;

/**
 * Rejoin a quoted question or exclamation to the attribution after it: `“Get out!” Lee shouted.`
 * is one sentence, though a capital follows the `!”`.
 */
export function mergeQuoteAttributions(text: string, pieces: readonly Range[]): Range[] {
  return mergeAdjacent(pieces, (left, right) => {
    if (boundaryBetween(text, left, right).lineBreak) return false;
    if (!QUOTE_START.test(text[left.start] ?? '') || !QUOTE_END.test(text.slice(Math.max(left.start, left.end - 2), left.end))) return false;
    const words = text.slice(right.start, Math.min(right.end, right.start + 160)).split(/\s+/, MAX_SPEAKER_WORDS + 1);
    if (!CAPITALISED.test(words[0] ?? '')) return false;
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      if (SPEECH_VERBS.has(word.replace(TRAILING, ''))) return true;
      // a clause has ended before any speech verb: not an attribution
      if (/[,;:!?]$/.test(words[i - 1]!)) return false;
    }
    return false;
  });
}
