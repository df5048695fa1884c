import { ROLE_HEADS } from '../lexicon/roles.ts';
import { UNITS } from '../lexicon/units.ts';
import type { WordToken } from '../text/word-tokens.ts';
import { oncePer } from './once-per.ts';

const UMLAUT = /[äöüßÄÖÜ]/;

// German letters written out, as in names: "ä" -> "ae", "ß" -> "ss"
function spelledOut(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** True when two words count as the same for lining variants up: equal forms, one stem, or a name and its demonym. */
export function sameWord(a: WordToken, b: WordToken): boolean {
  if (a.norm === b.norm || a.stem === b.stem) return true;
  // one unit in two forms ("km" / "kilometre")
  const unit = UNITS.get(a.norm);
  if (unit && unit.name === UNITS.get(b.norm)?.name) return true;
  // a name with its umlaut written out ("Bräutigam" / "Braeutigam"): one letter apart at most per umlaut
  if (a.stem[0] === b.stem[0] && Math.abs(a.text.length - b.text.length) <= 3 && (UMLAUT.test(a.text) || UMLAUT.test(b.text)) && spelledOut(a.text) === spelledOut(b.text)) return true;
  // every other match shares a prefix, so a different first letter settles it cheaply; figures match only whole
  // ("1900000" is no prefix form of "1900000000")
  if (a.stem[0] !== b.stem[0] || /\d/.test(a.stem) || /\d/.test(b.stem)) return false;
  const [short, long] = a.stem.length <= b.stem.length ? [a.stem, b.stem] : [b.stem, a.stem];
  if (!long.startsWith(short)) return false;
  // a post and the body it heads share a long prefix but not a meaning ("minister" / "ministry")
  if (ROLE_HEADS.has(a.norm) !== ROLE_HEADS.has(b.norm)) return false;
  if (short.length >= 6) return true;
  // "Kenya"/"Kenyan", "Norway"/"Norwegian": capitalised names and their demonyms
  const proper = /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text);
  return proper && short.length >= 4 && long.length - short.length <= 3;
}

interface WordIndex {
  readonly norms: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
  /** The units the words name, by name. */
  readonly units: ReadonlySet<string>;
  /** The words by their stem's first letter. */
  readonly byFirst: ReadonlyMap<string | undefined, readonly WordToken[]>;
}

// A list's words by what sameWord reads of them: equal forms, stems and units are looked up; every other match shares
// the stem's first letter, so only the words opening with it are set against the word.
const indexOf = oncePer((words: readonly WordToken[]): WordIndex => {
  const norms = new Set<string>();
  const stems = new Set<string>();
  const units = new Set<string>();
  const byFirst = new Map<string | undefined, WordToken[]>();
  for (const x of words) {
    norms.add(x.norm);
    stems.add(x.stem);
    const unit = UNITS.get(x.norm);
    if (unit) units.add(unit.name);
    const first = x.stem[0];
    const list = byFirst.get(first);
    if (list) list.push(x);
    else byFirst.set(first, [x]);
  }
  return { norms, stems, units, byFirst };
});

/** Whether any of `words` is the same word as `t` (`words.some((x) => sameWord(x, t))`); `words` must not change. */
export function carriesWord(words: readonly WordToken[], t: WordToken): boolean {
  const index = indexOf(words);
  if (index.norms.has(t.norm) || index.stems.has(t.stem)) return true;
  const unit = UNITS.get(t.norm);
  if (unit && index.units.has(unit.name)) return true;
  return index.byFirst.get(t.stem[0])?.some((x) => sameWord(x, t)) ?? false;
}
