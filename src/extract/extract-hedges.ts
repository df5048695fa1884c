import type { HedgeMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { SCALE_WORDS, type ScaleWord } from '../lexicon/scales.ts';
import { matchPhrases } from './match-phrases.ts';

const BE = ['is', 'are', 'was', 'were'];

// The certainty scale is the hedges; a finding below "indicates" ("suggests", "hints") softens one as a hedge does.
const HEDGES: readonly (readonly [phrase: string, cue: string])[] = SCALE_WORDS
  .filter((w) => w.scale === 'certainty' || (w.scale === 'finding' && w.rank <= 1))
  .flatMap(phrasesOf);

/** Words that soften a claim ("reportedly", "may", "is believed to", "it is unclear whether"), with the lexicon's cue. */
export function extractHedges(text: string, sentences: readonly Range[]): HedgeMention[] {
  return matchPhrases(text, sentences, HEDGES)
    // "May" the month is not a hedge: a capital inside a sentence marks it.
    .filter((m) => !(m.value === 'may' && text[m.start] === 'M' && !isSentenceStart(text, m.start, sentences)))
    .map((m) => ({ kind: 'hedge' as const, start: m.start, end: m.end, text: text.slice(m.start, m.end), cue: m.value }));
}

// The lexicon's conditions as phrases: "believed" only before "to" ("is believed to"), "considering" only after "be".
function phrasesOf(w: ScaleWord): (readonly [string, string])[] {
  const word = w.words.join(' ');
  if (w.beforeTo) return [[`${word} to`, `${word} to`], ...BE.map((be) => [`${be} ${word} to`, `${word} to`] as const)];
  if (w.afterBe) return BE.map((be) => [`${be} ${word}`, word] as const);
  return [[word, word]];
}

function isSentenceStart(text: string, at: number, sentences: readonly Range[]): boolean {
  const sentence = sentences.find((s) => s.start <= at && at < s.end);
  return !!sentence && /^[\s“"‘(]*$/.test(text.slice(sentence.start, at));
}
