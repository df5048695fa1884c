import type { Mention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { extractEntities } from './extract-entities.ts';
import { extractNumbers } from './extract-numbers.ts';
import { extractDates } from './extract-dates.ts';
import { extractAttributions } from './extract-attributions.ts';
import { extractQuotes } from './extract-quotes.ts';
import { extractHedges } from './extract-hedges.ts';
import { extractQuantifiers } from './extract-quantifiers.ts';
import { extractNegations } from './extract-negations.ts';
import { sentenceWords } from './sentence-words.ts';

/**
 * Every mention in an article's sentences, sorted by start: entities, numbers, dates, attributions,
 * quotes, hedges, quantifiers, negations. `published` (ISO or null) is the reference for dates.
 */
export function extractMentions(text: string, sentences: readonly Range[], published: string | null): Mention[] {
  const attributions = extractAttributions(text, sentences);
  const words = sentenceWords(text, sentences);
  const mentions: Mention[] = [
    ...extractEntities(text, sentences),
    ...extractNumbers(text, sentences),
    ...extractDates(text, sentences, published),
    ...attributions,
    ...extractQuotes(text, sentences, attributions),
    ...extractHedges(text, sentences, words),
    ...extractQuantifiers(text, sentences, words),
    ...extractNegations(text, sentences, words),
  ];
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
