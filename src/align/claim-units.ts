import type { Article, Range } from '../model/index.ts';
import { trimRange } from '../model/index.ts';
import type { ClaimUnit } from './claim-unit.ts';

/** Splits one sentence into the clauses that can carry separate claims. */
export type SplitClauses = (text: string, sentence: Range) => Range[];

/**
 * Every sentence (or clause, when a splitter is given) of every article in reading order, followed by
 * each pair of neighbours within an article, for claims that one outlet tells in two sentences.
 */
export function claimUnits(articles: readonly Article[], split?: SplitClauses): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  articles.forEach((article, index) => {
    // An article nobody segmented is still one unit per paragraph, or one for the whole text.
    const sentences = article.sentences.length > 0 ? article.sentences
      : article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }];
    for (const sentence of sentences) {
      const pieces = split ? safeSplit(split, article.text, sentence) : [sentence];
      for (const piece of pieces) {
        const { start, end } = trimRange(article.text, piece);
        const text = article.text.slice(start, end);
        if (!/\p{L}.*\p{L}.*\p{L}/u.test(text)) continue;
        units.push({ article: index, start, end, text, parts: [units.length] });
      }
    }
  });
  const singles = units.length;
  for (let i = 0; i + 1 < singles; i++) {
    const a = units[i];
    const b = units[i + 1];
    if (!a || !b || a.article !== b.article) continue;
    const text = articles[a.article]?.text.slice(a.start, b.end) ?? '';
    units.push({ article: a.article, start: a.start, end: b.end, text, parts: [i, i + 1] });
  }
  return units;
}

function safeSplit(split: SplitClauses, text: string, sentence: Range): Range[] {
  const pieces = split(text, sentence).filter((r) => r.start >= sentence.start && r.end <= sentence.end && r.start < r.end);
  return pieces.length > 0 ? pieces : [sentence];
}
