import type { Article, Mention } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import type { ArticleWorkers } from './start-article-workers.ts';
import { perItemInBatches } from './batches-of.ts';

/** Every article's mentions by id (`extractMentions`), on the article threads when the articles are many. */
export async function mentionsOnThreads(articles: readonly Article[], workers: ArticleWorkers | undefined): Promise<Map<string, readonly Mention[]>> {
  const mentions = new Map<string, readonly Mention[]>();
  if (!workers?.takes(articles.length)) {
    for (const a of articles) mentions.set(a.id, extractMentions(a.text, a.sentences, a.published));
    return mentions;
  }
  const found = await perItemInBatches(articles, workers.threads, (batch) => workers.run('mentions', batch.map((a) => ({ text: a.text, sentences: a.sentences, published: a.published }))));
  articles.forEach((a, k) => mentions.set(a.id, found[k]!));
  return mentions;
}
