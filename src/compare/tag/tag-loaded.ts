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
    // a hyphenated entry written as two words ("a white elephant", "spin doctors"): one loaded phrase
    const phrase = spacedEntry(words, i);
    if (phrase) {
      out.push({ kind: 'loaded', from: i, to: i + 2, strength: phrase });
      return;
    }
    if (i > 0 && spacedEntry(words, i - 1)) return;
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

/**
 * Whether an article uses a loaded word itself (then it is that article's wording too, not another's colour): the word
 * in any form, by its stem; a phrase of two words ("white elephant") written with a space or a hyphen.
 */
export function usesLoaded(t: { readonly stems: ReadonlySet<string>; readonly bigrams: ReadonlySet<string> }, words: readonly WordToken[], tag: LoadedTag): boolean {
  const [a, b] = [words[tag.from]!, words[tag.from + 1]];
  if (tag.to - tag.from < 2 || !b) return t.stems.has(a.stem);
  return t.bigrams.has(`${a.stem} ${b.stem}`) || t.stems.has(stemWord(`${a.text}-${b.text}`.toLowerCase()));
}

// Entries of two words joined by a hyphen, found written with a space: the word at `at` and the next, the second
// also in the plural ("money pits"). Not a verb with its particle ("sell out", "cover up"), which tells a plain act
// as often as a judgement.
function spacedEntry(words: readonly WordToken[], at: number): 1 | 2 | undefined {
  const [a, b] = [words[at], words[at + 1]];
  if (!a || !b || b.start - a.end !== 1 || /^(?:out|off|up|down|in|on)$/i.test(b.text)) return undefined;
  const first = a.text.toLowerCase();
  const second = b.text.toLowerCase();
  return LOADED_WORDS[`${first}-${second}`] ?? (/s$/.test(second) ? LOADED_WORDS[`${first}-${second.slice(0, -1)}`] : undefined);
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
