import type { Article, Mention } from '../model/index.ts';
import type { ArticleTags } from '../compare/tag/tagged-article.ts';
import type { ArticleWorkers } from './start-article-workers.ts';
import { perItemInBatches } from './batches-of.ts';
import { unpackArticleTags } from './pack-article-tags.ts';

/**
 * Every article read for comparison (`articleTags`, by id) on the article threads, started now and ready later; null
 * when the articles are few, and the comparison reads them itself as it goes.
 */
export function tagsOnThreads(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, workers: ArticleWorkers | undefined): Promise<Map<string, ArticleTags>> | null {
  if (!workers?.takes(articles.length)) return null;
  const send = (batch: readonly Article[]): Promise<ArticleTags[]> =>
    workers.run('tags', batch.map((article) => ({ article, mentions: mentions.get(article.id) ?? [] }))).then((packed) => unpackArticleTags(packed, batch));
  return perItemInBatches(articles, workers.threads, send).then((read) => new Map(articles.map((a, k) => [a.id, read[k]!])));
}
