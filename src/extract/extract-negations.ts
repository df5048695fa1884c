import type { NegationMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { DENYING_PHRASES, NEGATORS, NOT_DENIALS } from '../lexicon/polarity.ts';
import { matchPhrases } from './match-phrases.ts';

// A phrase that only starts like a denial ("not only", "no fewer than") is matched whole, then passed over.
const NEGATIONS: readonly (readonly [phrase: string, denies: boolean])[] = [
  ...NEGATORS.map((w) => [w, true] as const),
  ...DENYING_PHRASES.map((w) => [w, true] as const),
  ...NOT_DENIALS.map((w) => [w, false] as const),
];
const CONTRACTION = /\b\w+(?:n['’]t)\b/gi;

/** Negation, as the lexicon's polarity words: "not", "n't", "never", "neither ... nor", "without", "denied", "failed to". */
export function extractNegations(text: string, sentences: readonly Range[]): NegationMention[] {
  const found: NegationMention[] = matchPhrases(text, sentences, NEGATIONS)
    .filter((m) => m.value)
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
