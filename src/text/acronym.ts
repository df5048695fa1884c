import { FUNCTION_WORDS } from '../lexicon/function-words.ts';
import { normalizeToken } from './normalize-token.ts';

// Small words an acronym may leave out ("Bank of England" -> BoE, "Food and Drug Administration" -> FDA).
const SKIPPABLE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'der', 'la', 'le', '&']);

/**
 * True when `short` (a lower-case key such as "emi") is the acronym of the name `long` ("estravan meteorological
 * institute"): the initials of its words, with or without the small ones. At least two letters, and the long name has
 * as many words as the acronym has letters, so "un" is not read into "union".
 */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = long.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (letters.length < 2 || words.length < 2 || /\s/.test(short.trim())) return false;
  const all = words.map((w) => w[0]).join('');
  const main = words.filter((w) => !SKIPPABLE.has(w)).map((w) => w[0]).join('');
  return letters === all || letters === main;
}

/**
 * True when the name `long` (two words or more: "insurance federation") is the last words of the name the acronym
 * `short` stands for ("kif", the Kalvenian Insurance Federation): its initials, small words aside, end the acronym.
 */
export function endsAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = long.toLowerCase().split(/[\s-]+/).filter((w) => w && !SKIPPABLE.has(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && letters.endsWith(initials);
}

/** True when `short`, written in capitals ("DEA"), is the acronym of a run of capitalised words in `text`. */
export function spelledOutIn(short: string, text: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const words = text.match(/[\p{L}&]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    for (let k = i + 1; k < words.length && (/^\p{Lu}/u.test(words[k]!) || SKIPPABLE.has(words[k]!.toLowerCase())); k++) {
      if (/^\p{Lu}/u.test(words[k]!) && isAcronymOf(short, words.slice(i, k + 1).join(' '))) return true;
    }
  }
  return false;
}

/** True when one of `shortWords` (lower-cased credit words, "dea") is the acronym of the name `longWords` spell. */
export function initialsOf(shortWords: readonly string[], longWords: readonly string[]): boolean {
  // (a function word or a number word is no acronym: "two" is not "Tomas Walker Olsen")
  return shortWords.some((w) => w.length <= 6 && /^\p{L}+$/u.test(w) && !FUNCTION_WORDS.has(w) && !/^\d/.test(normalizeToken(w)) && isAcronymOf(w, longWords.join(' ')));
}

/** The name its text spells out right before an acronym in brackets ("Halvic Marine Science Council (HMSC)"), if any. */
export function nameBeforeAcronym(acronym: string, text: string): string | undefined {
  const m = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s+(?:of\\s+|for\\s+|the\\s+|and\\s+)*){1,6})\\(${acronym}\\)`, 'u').exec(text);
  return m?.[1]!.trim();
}
