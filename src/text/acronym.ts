import { FUNCTION_WORDS } from '../lexicon/function-words.ts';
import { normalizeToken } from './normalize-token.ts';
/** Words a name's initials skip: "Disaster and Emergency Authority" is DEA, "Bank of England" BoE or BE. */
const SKIPPED = new Set(['and', 'of', 'for', 'the', 'on', 'in', '&', 'de', 'du', 'des', 'der', 'la', 'le']);

/** True when `short` ("DEA", "OIPH") is written as the initials of a run of capitalised words in `text`. */
export function spelledOutIn(short: string, text: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(short)) return false;
  const words = text.match(/[\p{L}&]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    let initials = '';
    for (let k = i; k < words.length && initials.length < short.length; k++) {
      const w = words[k]!;
      if (SKIPPED.has(w.toLowerCase()) && k > i) continue;
      if (!/^\p{Lu}/u.test(w)) break;
      initials += w[0]!.toUpperCase();
    }
    if (initials === short) return true;
  }
  return false;
}

/** True when one of `shortWords` (lower-cased, "dea") is the initials of `longWords` ("the disaster and emergency authority"). */
export function initialsOf(shortWords: readonly string[], longWords: readonly string[]): boolean {
  const letters = longWords.filter((w) => !SKIPPED.has(w) && /^\p{L}/u.test(w)).map((w) => w[0]!).join('');
  // (a function word or a number word is no acronym: "two" is not "Tomas Walker Olsen")
  return longWords.length > 1 && shortWords.some((w) => w.length >= 2 && w.length <= 6 && /^\p{L}+$/u.test(w) && w === letters && !FUNCTION_WORDS.has(w) && !/^\d/.test(normalizeToken(w)));
}
