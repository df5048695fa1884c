import type { HedgeMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { SCALE_WORDS, type ScaleWord } from '../lexicon/scales.ts';
import type { WordToken } from '../text/word-tokens.ts';
import { sentenceWords } from './sentence-words.ts';
import { matchPhrases } from '../text/match-phrases.ts';

const BE = ['is', 'are', 'was', 'were'];

// The certainty scale is the hedges; a finding below "indicates" ("suggests", "hints") softens one as a hedge does.
const HEDGES: readonly (readonly [words: readonly string[], cue: string])[] = SCALE_WORDS
  .filter((w) => w.scale === 'certainty' || (w.scale === 'finding' && w.rank <= 1))
  .flatMap(phrasesOf);
const PHRASES = HEDGES.map(([words]) => words);

/** Words that soften a claim ("reportedly", "may", "is believed to", "it is unclear whether"), with the lexicon's cue. */
export function extractHedges(text: string, sentences: readonly Range[], tokens: readonly (readonly WordToken[])[] = sentenceWords(text, sentences)): HedgeMention[] {
  return tokens.flatMap((words) => {
    return matchPhrases(words, PHRASES).flatMap((m) => {
      const start = words[m.from]!.start;
      const end = words[m.to - 1]!.end;
      const cue = HEDGES[m.phrase]![1];
      // "May" the month is not a hedge: a capital inside a sentence marks it.
      if (cue === 'may' && text[start] === 'M' && m.from > 0) return [];
      return [{ kind: 'hedge' as const, start, end, text: text.slice(start, end), cue }];
    });
  });
}

// The lexicon's conditions as phrases: "believed" only before "to" ("is believed to"), "considering" only after "be".
function phrasesOf(w: ScaleWord): (readonly [readonly string[], string])[] {
  const word = w.words.join(' ');
  if (w.beforeTo) return [[[...w.words, 'to'], `${word} to`], ...BE.map((be) => [[be, ...w.words, 'to'], `${word} to`] as const)];
  if (w.afterBe) return BE.map((be) => [[be, ...w.words], word] as const);
  return [[w.words, word]];
}
