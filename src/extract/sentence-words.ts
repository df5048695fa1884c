import type { Range } from '../model/span.ts';
import { wordTokens, type WordToken } from '../text/word-tokens.ts';

// The copies of a story share their sentences: each distinct sentence's words are read once (offsets from its start)
// and placed at each copy's offsets, the last several thousand sentences kept.
const read = new Map<string, readonly WordToken[]>();
const READ_SIZE = 8192;
const READ_CHARS = 2000;

/** Each sentence's words, as the shared tokenizer reads them: tokenize once, match every lexicon against them. */
export function sentenceWords(text: string, sentences: readonly Range[]): WordToken[][] {
  return sentences.map((sentence) => {
    if (sentence.end - sentence.start > READ_CHARS) return wordTokens(text, sentence);
    const piece = text.slice(sentence.start, sentence.end);
    let words = read.get(piece);
    if (!words) {
      // read from a copy of the sentence, kept as the key: a slice would keep its whole article alive
      const own = Buffer.from(piece, 'utf16le').toString('utf16le');
      words = wordTokens(own, { start: 0, end: own.length });
      read.set(own, words);
      if (read.size > READ_SIZE) read.delete(read.keys().next().value as string);
    }
    const at = sentence.start;
    return words.map((w) => ({ ...w, start: w.start + at, end: w.end + at }));
  });
}
