import { SPELLING_LEXICON } from '../lexicon/spelling.ts';

const UNITS = SPELLING_LEXICON.numbers;
const SCALES = SPELLING_LEXICON.magnitudes;

/**
 * Read a number written in words from the start of `words` (lower-cased tokens):
 * "thirty-two", "two hundred", "a dozen", "1.2 million". Returns the value and how many words it used.
 */
export function parseNumberWords(words: readonly string[]): { value: number; length: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? '').replace(/,/g, '');
    if (!seen && (word === 'a' || word === 'an') && (words[i + 1] === 'dozen' || (words[i + 1] ?? '') in SCALES)) {
      current = 1;
      continue;
    }
    const parts = word.split('-');
    if (parts.length === 2 && parts[0]! in UNITS && parts[1]! in UNITS && UNITS[parts[0]!]! >= 20 && UNITS[parts[1]!]! < 10) {
      current += UNITS[parts[0]!]! + UNITS[parts[1]!]!;
    } else if (word in UNITS) {
      if (word === 'dozen') current = (current || 1) * 12;
      else current += UNITS[word]!;
    } else if (/^\d+(\.\d+)?$/.test(word) && !seen) {
      current = Number(word);
    } else if (word in SCALES && seen) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (word === 'and' && seen && i + 1 < words.length && (words[i + 1] ?? '') in UNITS) {
      continue;
    } else break;
    seen = true;
    used = i + 1;
  }
  if (!seen) return null;
  return { value: total + current, length: used };
}
