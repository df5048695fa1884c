import type { QuantifierMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { QUANTIFIER_LEXICON } from './quantifier-lexicon.ts';
import { matchPhrases } from './match-phrases.ts';

// "no one", "no longer", "all but", "at least" before a number is still a quantifier (a floor).
const NOT_QUANTIFYING = /^\s+(?:longer|doubt|matter|way|sooner|one else|less than|more than)\b/i;

/** Quantifiers ("some", "most", "dozens of", "all", "at least") with a 0..1 strength. */
export function extractQuantifiers(text: string, sentences: readonly Range[]): QuantifierMention[] {
  return matchPhrases(text, sentences, QUANTIFIER_LEXICON)
    .filter((m) => !(m.value[0] === 'no' && NOT_QUANTIFYING.test(text.slice(m.end, m.end + 16))))
    // "some 200 people" is an estimate on a number, which numbers carry as a modifier.
    .filter((m) => !(m.value[0] === 'some' && /^\s+\d/.test(text.slice(m.end, m.end + 4))))
    .map((m) => ({ kind: 'quantifier' as const, start: m.start, end: m.end, text: text.slice(m.start, m.end), word: m.value[0], strength: m.value[1] }));
}
