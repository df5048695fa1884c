import { endsSentence } from '../text/ends-sentence.ts';
import { wordsOf } from '../text/words-of.ts';
import { markCaptions } from '../text/mark-captions.ts';
import { markChrome } from '../text/mark-chrome.ts';
import { markCopyright } from '../text/mark-copyright.ts';
import { markCredits } from '../text/mark-credits.ts';
import { markPrompts } from '../text/mark-prompts.ts';
import { markTags } from '../text/mark-tags.ts';
import { markTeasers } from '../text/mark-teasers.ts';
import { readByline } from '../text/read-byline.ts';
import type { TextState } from '../text/text-state.ts';

// The page-level rules that judge a line by its own shape, reused so both passes agree on what boilerplate looks like.
const SHAPE_RULES = [markChrome, markCaptions, markCopyright, markTeasers, markPrompts, markTags, readByline, markCredits];

/**
 * Whether a paragraph reads as a sentence of reporting: it ends like a sentence, has lowercase
 * words (not a shouted label), and no boilerplate rule would take it out of a page.
 */
export function carriesReporting(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 3 || !endsSentence(text) || !words.some((w) => /^\p{Ll}/u.test(w))) return false;
  const start: TextState = {
    units: [{ text, pieces: [{ start: 0, end: text.length }], blankBefore: true, role: 'body' }],
    meta: { title: null, byline: null, outlet: null, published: null },
  };
  return SHAPE_RULES.reduce((state, rule) => rule(state), start).units[0]?.removed === undefined;
}
