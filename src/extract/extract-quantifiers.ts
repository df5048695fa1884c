import type { QuantifierMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { SCALE_WORDS } from '../lexicon/scales.ts';
import { matchPhrases } from './match-phrases.ts';

const QUANTITY = SCALE_WORDS.filter((w) => w.scale === 'quantity');
const TOP = Math.max(...QUANTITY.map((w) => w.rank));
const QUANTIFIERS: readonly (readonly [phrase: string, rank: number])[] = QUANTITY.map((w) => [w.words.join(' '), w.rank]);

// "no longer", "no doubt", "no more than" say nothing of how many.
const NOT_QUANTIFYING = /^\s+(?:longer|doubt|matter|way|sooner|less than|more than)\b/i;

/** Quantifiers ("some", "most", "dozens of", "all"): the words of the lexicon's quantity scale, with a 0..1 strength. */
export function extractQuantifiers(text: string, sentences: readonly Range[]): QuantifierMention[] {
  return matchPhrases(text, sentences, QUANTIFIERS)
    .map((m) => ({ ...m, word: text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ') }))
    .filter((m) => !(m.word === 'no' && NOT_QUANTIFYING.test(text.slice(m.end, m.end + 16))))
    // "some 200 people" is an estimate on a number, which numbers carry as a modifier.
    .filter((m) => !(m.word === 'some' && /^\s+\d/.test(text.slice(m.end, m.end + 4))))
    .map((m) => ({ kind: 'quantifier' as const, start: m.start, end: m.end, text: text.slice(m.start, m.end), word: m.word, strength: m.value / TOP }));
}
