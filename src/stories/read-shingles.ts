import { hashString } from './hash-string.ts';
import { foldWord, type StoryWord } from './story-words.ts';

/** Words per shingle: five words in a row are rarely shared by two texts unless one copied the other. */
export const SHINGLE_WORDS = 5;

/** The distinct hashes of every run of five words (folded, every word kept) in a text. */
export function readShingles(words: readonly StoryWord[]): Set<number> {
  return shinglesOf(words.map((w) => foldWord(w.text)));
}

/** readShingles of words already folded. */
export function shinglesOf(folded: readonly string[]): Set<number> {
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= folded.length; i++) shingles.add(hashString(folded.slice(i, i + SHINGLE_WORDS).join(' ')));
  if (shingles.size === 0 && folded.length > 0) shingles.add(hashString(folded.join(' ')));
  return shingles;
}
