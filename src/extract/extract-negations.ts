import type { NegationMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { DENYING_PHRASES, NEGATORS, NOT_DENIALS } from '../lexicon/polarity.ts';
import type { WordToken } from '../text/word-tokens.ts';
import { sentenceWords } from './sentence-words.ts';
import { matchPhrases, phraseWords } from '../text/match-phrases.ts';

// A phrase that only starts like a denial ("not only", "no fewer than") is matched whole, then passed over.
const NEGATIONS: readonly (readonly [words: readonly string[], denies: boolean])[] = [
  ...NEGATORS.map((w) => [phraseWords(w), true] as const),
  ...DENYING_PHRASES.map((w) => [phraseWords(w), true] as const),
  ...NOT_DENIALS.map((w) => [phraseWords(w), false] as const),
];
const PHRASES = NEGATIONS.map(([words]) => words);
const CONTRACTION = /n['’]t$/i;

/** Negation, as the lexicon's polarity words: "not", "n't", "never", "neither ... nor", "without", "denied", "failed to". */
export function extractNegations(text: string, sentences: readonly Range[], tokens: readonly (readonly WordToken[])[] = sentenceWords(text, sentences)): NegationMention[] {
  return tokens.flatMap((words) => {
    const found: NegationMention[] = matchPhrases(words, PHRASES)
      .filter((m) => NEGATIONS[m.phrase]![1])
      .map((m) => ({ kind: 'negation' as const, start: words[m.from]!.start, end: words[m.to - 1]!.end, text: text.slice(words[m.from]!.start, words[m.to - 1]!.end) }));
    // "didn't", "won’t": the negation is the "n't" inside the word.
    for (const w of words) {
      if (!CONTRACTION.test(w.text) || w.text.length <= 3) continue;
      found.push({ kind: 'negation', start: w.end - 3, end: w.end, text: text.slice(w.end - 3, w.end) });
    }
    return found.sort((a, b) => a.start - b.start);
  });
}
