import type { Article, Mention } from '../model/index.ts';
import type { ArticleTags } from '../compare/tag/tagged-article.ts';
import type { ArticleWorkers } from './start-article-workers.ts';
import { batchesOf } from './batches-of.ts';
import { unpackArticleTags } from './pack-article-tags.ts';

/**
 * Every article read for comparison (`articleTags`, by id) on the article threads, started now and ready later; null
 * when the articles are few, and the comparison reads them itself as it goes.
 */
export function tagsOnThreads(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, workers: ArticleWorkers | undefined): Promise<Map<string, ArticleTags>> | null {
  if (!workers?.takes(articles.length)) return null;
  const batches = batchesOf(articles, workers.threads);
  const sent = batches.map((batch) => workers.run('tags', batch.map((article) => ({ article, mentions: mentions.get(article.id) ?? [] }))));
  return Promise.all(sent).then((packed) => {
    const tags = new Map<string, ArticleTags>();
    packed.forEach((p, b) => unpackArticleTags(p, batches[b]!).forEach((t, k) => tags.set(batches[b]![k]!.id, t)));
    return tags;
  });
}
