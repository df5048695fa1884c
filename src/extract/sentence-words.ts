import type { Range } from '../model/span.ts';
import { wordTokens, type WordToken } from '../text/word-tokens.ts';

/** Each sentence's words, as the shared tokenizer reads them: tokenize once, match every lexicon against them. */
export function sentenceWords(text: string, sentences: readonly Range[]): WordToken[][] {
  return sentences.map((sentence) => wordTokens(text, sentence));
}
