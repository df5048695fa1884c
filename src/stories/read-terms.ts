import { STOP_WORDS } from '../align/stop-words.ts';
import { stemWord } from '../text/stem-word.ts';
import { hashString } from './hash-string.ts';
import { foldWord, isUnspacedScript, type StoryWord } from './story-words.ts';
import { FOREIGN_FUNCTION_WORDS } from './foreign-function-words.ts';

/** A bag of words as two parallel arrays sorted by term hash: the term's 32-bit hash and how often it occurs. */
export interface TermBag {
  readonly terms: Uint32Array;
  readonly counts: Float32Array;
}

/**
 * The content words of a text as a bag of hashed stems: function words left out, and a script written without
 * spaces read as character bigrams (a word of Chinese is mostly two characters). Function words are English's and, for
 * a text in another language (`language`, a BCP 47 tag), that language's.
 */
export function readTerms(words: readonly StoryWord[], language: string | null = null): TermBag {
  const foreign = FOREIGN_FUNCTION_WORDS.get(language?.toLowerCase().split(/[-_]/)[0] ?? '');
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
    if (folded.length < 2 || STOP_WORDS.has(folded) || foreign?.has(folded)) return;
    add(stemWord(folded));
  });
  const terms = Uint32Array.from(counts.keys()).sort();
  return { terms, counts: Float32Array.from(terms, (t) => counts.get(t) ?? 0) };
}
