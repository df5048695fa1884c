import type { NegationMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { NEGATION_LEXICON } from './negation-lexicon.ts';
import { matchPhrases } from './match-phrases.ts';

const CONTRACTION = /\b\w+(?:n['’]t)\b/gi;

/** Lexical negation: "not", "n't", "never", "neither ... nor", "without", "denied". */
export function extractNegations(text: string, sentences: readonly Range[]): NegationMention[] {
  const found: NegationMention[] = matchPhrases(text, sentences, NEGATION_LEXICON)
    .map((m) => ({ kind: 'negation' as const, start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  // "didn't", "won’t": the negation is the "n't" inside the word.
  for (const sentence of sentences) {
    for (const m of text.slice(sentence.start, sentence.end).matchAll(CONTRACTION)) {
      const end = sentence.start + m.index + m[0].length;
      const start = end - 3;
      found.push({ kind: 'negation', start, end, text: text.slice(start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
