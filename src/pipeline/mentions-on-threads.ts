import type { Article, Mention } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import type { ArticleWorkers } from './start-article-workers.ts';
import { batchesOf } from './batches-of.ts';

/** Every article's mentions by id (`extractMentions`), on the article threads when the articles are many. */
export async function mentionsOnThreads(articles: readonly Article[], workers: ArticleWorkers | undefined): Promise<Map<string, readonly Mention[]>> {
  const mentions = new Map<string, readonly Mention[]>();
  if (!workers?.takes(articles.length)) {
    for (const a of articles) mentions.set(a.id, extractMentions(a.text, a.sentences, a.published));
    return mentions;
  }
  const batches = batchesOf(articles, workers.threads);
  const results = await Promise.all(batches.map((batch) => workers.run('mentions', batch.map((a) => ({ text: a.text, sentences: a.sentences, published: a.published })))));
  batches.forEach((batch, b) => batch.forEach((a, k) => mentions.set(a.id, results[b]![k]!)));
  return mentions;
}
