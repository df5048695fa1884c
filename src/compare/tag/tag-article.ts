import type { Article, Mention } from '../../model/index.ts';
import { wordTokens } from '../../text/word-tokens.ts';
import { tagText } from '../../extract/tag-text.ts';
import type { Tag } from './tag.ts';
import type { TaggedArticle } from './tagged-article.ts';
import { wordRange } from './word-range.ts';
import { findDateline } from './find-dateline.ts';
import { tagDates } from './tag-dates.ts';
import { tagNumbers } from './tag-numbers.ts';
import { tagNames } from './tag-names.ts';
import { tagRoles } from './tag-roles.ts';
import { tagCredits } from './tag-credits.ts';
import { tagQuotes } from './tag-quotes.ts';
import { tagScales } from './tag-scales.ts';
import { tagPolarity } from './tag-polarity.ts';
import { tagLoaded } from './tag-loaded.ts';
import { tagEvents } from './tag-events.ts';
import { tagQualifiers } from './tag-qualifiers.ts';

/**
 * Read an article once for comparison: one list of words (the shared tokenizer) and every tag on it. The taggers
 * run in this order because later ones leave out words the earlier ones claimed (a day of a date is no figure).
 */
export function tagArticle(article: Article, mentions: readonly Mention[], order: number): TaggedArticle {
  const text = article.text;
  const words = wordTokens(text, { start: 0, end: text.length }, tagText(text));
  const dates = tagDates(words, text, mentions);
  const inDates = new Set(dates.flatMap((d) => range(d.from, d.to)));
  const numbers = tagNumbers(words, text, inDates);
  const figures = new Set([...inDates, ...numbers.flatMap((n) => range(n.from, n.to))]);
  const sentenceStarts = new Set(article.sentences.map((s) => wordRange(words, s.start, s.end).from));
  const tags: Tag[] = [
    ...dates,
    ...numbers,
    ...tagNames(words, text, sentenceStarts, figures),
    ...tagRoles(words, text),
    ...tagCredits(article, words, mentions),
    ...tagQuotes(words, mentions),
    ...tagScales(words, figures),
    ...tagPolarity(words, text),
    ...tagLoaded(words),
    ...tagEvents(words, text, article.sentences),
    ...tagQualifiers(words),
  ].sort((a, b) => a.from - b.from || a.to - b.to);
  const sentenceOf = new Int32Array(words.length).fill(-1);
  article.sentences.forEach((s, k) => {
    const r = wordRange(words, s.start, s.end);
    for (let i = r.from; i < r.to; i++) sentenceOf[i] = k;
  });
  const content = words.filter((w) => w.content).map((w) => w.stem);
  const stems = new Set(content);
  const bigrams = new Set(content.slice(1).map((s, k) => `${content[k]} ${s}`));
  const line = findDateline(article);
  const dateline = line ? wordRange(words, line.start, line.end) : null;
  return { article, order, words, tags, sentenceOf, stems, bigrams, dateline };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
