import type { HedgeMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { HEDGE_LEXICON } from './hedge-lexicon.ts';
import { matchPhrases } from './match-phrases.ts';

/** Words that soften a claim ("reportedly", "may", "is believed to", "it is unclear whether"), with a normalised cue. */
export function extractHedges(text: string, sentences: readonly Range[]): HedgeMention[] {
  return matchPhrases(text, sentences, HEDGE_LEXICON)
    // "May" the month is not a hedge: a capital inside a sentence marks it.
    .filter((m) => !(m.value === 'may' && text[m.start] === 'M' && !isSentenceStart(text, m.start, sentences)))
    .map((m) => ({ kind: 'hedge' as const, start: m.start, end: m.end, text: text.slice(m.start, m.end), cue: m.value }));
}

function isSentenceStart(text: string, at: number, sentences: readonly Range[]): boolean {
  const sentence = sentences.find((s) => s.start <= at && at < s.end);
  return !!sentence && /^[\s“"‘(]*$/.test(text.slice(sentence.start, at));
}
