import type { Article } from '../model/index.ts';
import { wordTokens } from '../text/word-tokens.ts';

const stems = new WeakMap<Article, ReadonlySet<string>>();

/** Every word stem of an article's whole text (computed once per article): "does any part of it say this word?" */
export function articleStems(article: Article): ReadonlySet<string> {
  let hit = stems.get(article);
  if (!hit) {
    hit = new Set(wordTokens(article.text, { start: 0, end: article.text.length }).map((t) => t.stem));
    stems.set(article, hit);
  }
  return hit;
}
