import type { Article, Mention } from '../../model/index.ts';
import { wordTokens } from '../../text/word-tokens.ts';
import { tagText } from '../../extract/tag-text.ts';
import type { Tag } from './tag.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import { verbGroups } from '../../lexicon/verb-groups.ts';
import { RIVAL_EVENTS } from '../../lexicon/rival-events.ts';
import { CHANGE_VERBS } from '../../lexicon/steady-words.ts';

const RIVAL_VERBS: ReadonlySet<string> = new Set(RIVAL_EVENTS.flatMap(([a, b]) => [...a, ...b]));
import type { ArticleTags } from './tagged-article.ts';
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
export function articleTags(article: Article, mentions: readonly Mention[], options: { readonly headline?: boolean } = {}): ArticleTags {
  const text = article.text;
  const read = wordTokens(text, { start: 0, end: text.length }, tagText(text));
  const words = options.headline ? headlineVerb(read) : read;
  const dates = tagDates(words, text, mentions);
  const inDates = new Set(dates.flatMap((d) => range(d.from, d.to)));
  const numbers = tagNumbers(words, text, inDates);
  const figures = new Set([...inDates, ...numbers.flatMap((n) => range(n.from, n.to))]);
  const sentenceStarts = new Set(article.sentences.map((s) => wordRange(words, s.start, s.end).from));
  const scales = tagScales(words, figures);
  // a word of quantity opening a sentence ("Thousands of commuters", "Several aides") is no name
  const notNames = new Set([...figures, ...scales.filter((t) => t.scale === 'quantity').flatMap((t) => range(t.from, t.to))]);
  const tags: Tag[] = [
    ...dates,
    ...numbers,
    ...tagNames(words, text, sentenceStarts, notNames),
    ...tagRoles(words, text),
    ...tagCredits(article, words, mentions),
    ...tagQuotes(words, mentions),
    ...scales,
    ...tagPolarity(words, text),
    ...tagLoaded(words),
    ...tagEvents(words, text, article.sentences),
    ...tagQualifiers(words, sentenceStarts),
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
  return { words, tags, sentenceOf, stems, bigrams, dateline };
}

/**
 * Headlinese drops the article before nouns, so a tagger trained on prose reads the verb of "Council axes bridge
 * work" as a plural noun. The first such word after the subject whose base form is a verb of the event lexicons is
 * read as that verb.
 */
function headlineVerb(words: readonly WordToken[]): readonly WordToken[] {
  const at = words.findIndex((w, i) => {
    const before = words[i - 1];
    return i > 0 && w.pos === 'NOUN' && /[a-z]s$/.test(w.text) && !!before && /NOUN|PROPN/.test(before.pos) && baseVerb(w.text) !== null;
  });
  if (at < 0) return words;
  const w = words[at]!;
  return words.map((x, i) => (i === at ? { ...w, pos: 'VERB', lemma: baseVerb(w.text)! } : x));
}

// "axes" -> "axe", "halts" -> "halt", "pushes" -> "push": the form of a known event verb, or null.
function baseVerb(word: string): string | null {
  const lower = word.toLowerCase();
  for (const base of [lower.slice(0, -1), lower.slice(0, -2)]) {
    if (verbGroups(base).size > 0 || RIVAL_VERBS.has(base) || CHANGE_VERBS.has(base)) return base;
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
