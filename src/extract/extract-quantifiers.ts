import type { QuantifierMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { SCALE_WORDS } from '../lexicon/scales.ts';
import type { WordToken } from '../text/word-tokens.ts';
import { sentenceWords } from './sentence-words.ts';
import { matchPhrases } from '../text/match-phrases.ts';

const QUANTITY = SCALE_WORDS.filter((w) => w.scale === 'quantity');
const TOP = Math.max(...QUANTITY.map((w) => w.rank));
const PHRASES = QUANTITY.map((w) => w.words);

// "no longer", "no doubt", "no more than" say nothing of how many.
const NOT_QUANTIFYING = /^\s+(?:longer|doubt|matter|way|sooner|less than|more than)\b/i;

/** Quantifiers ("some", "most", "dozens of", "all"): the words of the lexicon's quantity scale, with a 0..1 strength. */
export function extractQuantifiers(text: string, sentences: readonly Range[], tokens: readonly (readonly WordToken[])[] = sentenceWords(text, sentences)): QuantifierMention[] {
  return tokens.flatMap((words) => {
    return matchPhrases(words, PHRASES).flatMap((m) => {
      const start = words[m.from]!.start;
      const end = words[m.to - 1]!.end;
      const entry = QUANTITY[m.phrase]!;
      const word = entry.words.join(' ');
      if (word === 'no' && NOT_QUANTIFYING.test(text.slice(end, end + 16))) return [];
      // "some 200 people" is an estimate on a number, which numbers carry as a modifier.
      if (word === 'some' && /^\s+\d/.test(text.slice(end, end + 4))) return [];
      return [{ kind: 'quantifier' as const, start, end, text: text.slice(start, end), word, strength: entry.rank / TOP }];
    });
  });
}
