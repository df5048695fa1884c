import { STOP_WORDS } from '../align/stop-words.ts';
import { stemWord } from '../text/stem-word.ts';
import { hashString } from './hash-string.ts';
import { foldWord, isUnspacedScript, type StoryWord } from './story-words.ts';

/** A bag of words as two parallel arrays sorted by term hash: the term's 32-bit hash and how often it occurs. */
export interface TermBag {
  readonly terms: Uint32Array;
  readonly counts: Float32Array;
}

/**
 * The content words of a text as a bag of hashed stems: function words left out, and a script written without
 * spaces read as character bigrams (a word of Chinese is mostly two characters).
 */
export function readTerms(words: readonly StoryWord[]): TermBag {
  const counts = new Map<number, number>();
  const add = (term: string): void => {
    const h = hashString(term);
    counts.set(h, (counts.get(h) ?? 0) + 1);
  };
  words.forEach((word, i) => {
    if (isUnspacedScript(word.text)) {
      const next = words[i + 1];
      if (next && isUnspacedScript(next.text) && next.start === word.start + word.text.length) add(word.text + next.text);
      return;
    }
    const folded = foldWord(word.text);
    if (folded.length < 2 || STOP_WORDS.has(folded)) return;
    add(stemWord(folded));
  });
  const terms = Uint32Array.from(counts.keys()).sort();
  return { terms, counts: Float32Array.from(terms, (t) => counts.get(t) ?? 0) };
}
