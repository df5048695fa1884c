import type { Article, Mention } from '../../model/index.ts';
import type { TaggedArticle } from './tagged-article.ts';
import { articleTags } from './article-tags.ts';

/** Read an article once for comparison (`articleTags`), placed at `order` in its bundle. */
export function tagArticle(article: Article, mentions: readonly Mention[], order: number, options: { readonly headline?: boolean } = {}): TaggedArticle {
  return { article, order, ...articleTags(article, mentions, options) };
}
