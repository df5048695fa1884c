import type { WordToken } from '../../text/word-tokens.ts';
import type { LoadedTag, Tag } from './tag.ts';
import { valenceOf } from '../../lexicon/valence.ts';
import { stemWord } from '../../text/stem-word.ts';
import { LOADED_AS, LOADED_AS_SAYING, LOADED_HEADS, LOADED_MOVES, LOADED_PHRASES, LOADED_WORDS, PLAIN_STATES } from '../../lexicon/loaded-words.ts';

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
  const out: LoadedTag[] = tagIdioms(words);
  const inIdiom = (i: number): boolean => out.some((t) => t.from <= i && i < t.to);
  // a hyphenated entry written as two words ("a white elephant", "spin doctors"): one loaded phrase
  const spaced = words.map((_, i) => spacedEntry(words, i));
  words.forEach((w, i) => {
    if (inIdiom(i)) return;
    const phrase = spaced[i];
    if (phrase) {
      out.push({ kind: 'loaded', from: i, to: i + 2, strength: phrase });
      return;
    }
    if (i > 0 && spaced[i - 1]) return;
    const lower = w.text.toLowerCase().replace(/['’]s$/, '');
    const leaning = /ADJ|ADV/.test(w.pos) && !/ed$/.test(lower) && !PLAIN_STATES.has(lower) && Math.abs(valenceOf(lower)) >= EVALUATIVE ? 1 : undefined;
    // any form of a listed word ("torpedoes" for "torpedo"; a verb by its stem, "admits" for "admitted")
    const strength = LOADED_WORDS[lower] ?? LOADED_WORDS[w.norm] ?? LOADED_WORDS[w.lemma] ?? (w.pos === 'VERB' ? VERB_STEMS.get(w.stem) : undefined)
      ?? (LOADED_AS[lower]?.pos === w.pos ? LOADED_AS[lower]!.strength : undefined) ?? headOfName(words, i) ?? (w.pos === 'VERB' ? movesFigure(words, i) : undefined) ?? leaning;
    // "the plot of land", "a secret ballot" are left to the reader: only words the lexicon marks count
    if (!strength || (LOADED_AS_SAYING.has(lower) && takesThing(words, i))) return;
    out.push({ kind: 'loaded', from: i, to: i + 1, strength });
  });
  return out.sort((a, b) => a.from - b.from);
}

/** Words of a possessive, for "{poss}" in an idiom. */
const POSSESSIVES = /^(?:my|your|his|her|its|our|their)$/i;
/** How many words "*" in an idiom stands for, at most. */
const GAP = 3;
/** Forms of the idioms' verbs that do not share their base form's stem. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  have: ['had', 'has', 'having'], fall: ['fell', 'fallen'], shoot: ['shot'], tear: ['tore', 'torn'], go: ['went', 'gone', 'goes'], show: ['showed', 'shown'],
  hold: ['held'], rob: ['robbed'], pay: ['paid'], throw: ['threw', 'thrown'], sweep: ['swept'], drop: ['dropped'],
  wipe: ['wiped'], plunge: ['plunged'], bury: ['buried'], escape: ['escaped'], cheat: ['cheated'], line: ['lined'],
  ride: ['rode', 'ridden'], shrug: ['shrugged'], fob: ['fobbed'], kick: ['kicked'], scramble: ['scrambled'],
};

// Each idiom as its words' stems, by the stem of its first word (most words open none and are not looked further).
const IDIOMS: ReadonlyMap<string, readonly Idiom[]> = (() => {
  const map = new Map<string, Idiom[]>();
  for (const [phrase, strength] of Object.entries(LOADED_PHRASES)) {
    const parts = phrase.split(' ');
    const idiom = { phrase, parts, stems: parts.map((p) => stemWord(p)), strength };
    for (const key of openers(parts[0]!)) map.set(key, [...(map.get(key) ?? []), idiom]);
  }
  return map;
})();

interface Idiom { readonly phrase: string; readonly parts: readonly string[]; readonly stems: readonly string[]; readonly strength: 1 | 2 }

// The keys a word of an idiom is found by: its stem and, for the verbs whose forms stem apart, those forms' stems.
function openers(word: string): string[] {
  return [...new Set([stemWord(word), ...(IRREGULAR[word] ?? []).map((f) => stemWord(f))])];
}

// A word fits a part of an idiom: written so, or one of its forms.
function fits(w: WordToken, part: string, stem: string): boolean {
  if (part === '{poss}') return POSSESSIVES.test(w.text);
  const lower = w.text.toLowerCase();
  return lower === part || w.stem === stem || w.lemma === part || (IRREGULAR[part]?.includes(lower) ?? false);
}

/**
 * The lexicon's idioms in the words ("a slap in the face", "held the country to ransom", "fled for their lives"),
 * each word in any form, each "*" one to three words of the same sentence run, each tagged as one loaded phrase.
 */
function tagIdioms(words: readonly WordToken[]): LoadedTag[] {
  const out: LoadedTag[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    for (const idiom of IDIOMS.get(w.stem) ?? IDIOMS.get(stemWord(w.text.toLowerCase())) ?? []) {
      if (!fits(w, idiom.parts[0]!, idiom.stems[0]!)) continue;
      const end = matchFrom(words, i + 1, idiom, 1);
      if (end < 0) continue;
      out.push({ kind: 'loaded', from: i, to: end, strength: idiom.strength, phrase: idiom.phrase });
      i = end - 1;
      break;
    }
  }
  return out;
}

// The end of the idiom's parts from `p` matched at word `k` (-1: no match).
function matchFrom(words: readonly WordToken[], k: number, idiom: Idiom, p: number): number {
  if (p === idiom.parts.length) return k;
  const w = words[k];
  if (!w) return -1;
  if (idiom.parts[p] === '*') {
    for (let n = 1; n <= GAP && k + n <= words.length; n++) {
      const end = matchFrom(words, k + n, idiom, p + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return fits(w, idiom.parts[p]!, idiom.stems[p]!) ? matchFrom(words, k + 1, idiom, p + 1) : -1;
}

/** Words after a verb of a figure's move that hold the figure or the record it moved to ("crashed 4.2%", "to a record low"). */
const MOVE_REACH = 4;

// A verb telling a figure's move as a crash or an explosion: one of the lexicon's, with the figure right after it or
// after "by" / "to" ("crashed 4.2%", "collapsed by 31%", "nosedived to a record low"); not a date ("collapsed on 3 May").
function movesFigure(words: readonly WordToken[], at: number): 1 | 2 | undefined {
  const strength = LOADED_MOVES[words[at]!.lemma];
  if (!strength) return undefined;
  let k = at + 1;
  if (/^(?:by|to|from)$/i.test(words[k]?.text ?? '')) k++;
  while (/^(?:a|an|the|its|their|about|nearly|almost|some|around|more|than|over)$/i.test(words[k]?.text ?? '') && k <= at + MOVE_REACH) k++;
  const w = words[k];
  if (!w) return undefined;
  if (/^(?:record|lowest|highest)$/i.test(w.text)) return strength;
  return /^\d/.test(w.norm) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(words[k + 1]?.text ?? '') ? strength : undefined;
}

// A noun of the lexicon's heads, naming a party: after a word of the name ("mining giant"), before no common noun.
function headOfName(words: readonly WordToken[], at: number): 1 | 2 | undefined {
  const lower = words[at]!.text.toLowerCase().replace(/['’]s$/, '');
  const strength = LOADED_HEADS[lower];
  const before = words[at - 1];
  const after = words[at + 1];
  if (!strength || !before || !/NOUN|PROPN|ADJ/.test(before.pos) || /^(?:a|an|the)$/i.test(before.text)) return undefined;
  return after && after.pos === 'NOUN' && !/['’]s$/.test(words[at]!.text) ? undefined : strength;
}

/**
 * Whether an article uses a loaded word itself (then it is that article's wording too, not another's colour): the word
 * in any form, by its stem; a phrase of two words ("white elephant") written with a space or a hyphen.
 */
export function usesLoaded(t: { readonly stems: ReadonlySet<string>; readonly bigrams: ReadonlySet<string>; readonly tags: readonly Tag[] }, words: readonly WordToken[], tag: LoadedTag): boolean {
  if (tag.phrase !== undefined) return t.tags.some((x) => x.kind === 'loaded' && x.phrase === tag.phrase);
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
