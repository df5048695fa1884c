import type { Article, RawDocument } from '../model/index.ts';
import { ingest } from '../ingest/ingest.ts';
import { buildArticlesOnThreads } from '../pipeline/build-articles.ts';
import type { ArticleWorkers } from '../pipeline/start-article-workers.ts';
import type { CliIo } from './cli-io.ts';
import { startProgress, type Progress } from './progress.ts';
import { buildOptionsOf, ingestOptionsOf, problemLine, withOutletNames, type ReadOptions } from './read-options.ts';

export type { ReadOptions } from './read-options.ts';

/**
 * Read, clean and segment the whole bundle at once (analysis needs it whole), cleaning on the article threads given
 * when the inputs are many; report each problem as one line on stderr.
 */
export async function readBundle(inputs: readonly string[], options: ReadOptions, io: CliIo, workers?: ArticleWorkers): Promise<Article[]> {
  let progress: Progress | null = null;
  const { documents, problems } = await ingest(inputs, {
    ...ingestOptionsOf(options, io),
    onProgress: (done, total, input) => {
      progress ??= startProgress(io, total, 'reading');
      progress.update(done, input);
    },
  });
  (progress as Progress | null)?.stop();
  let named: readonly RawDocument[] = documents;
  for await (const read of withOutletNames([{ documents }], options, io)) named = read.documents;
  const built = await buildArticlesOnThreads(named, buildOptionsOf(options), workers);
  for (const problem of [...problems, ...built.problems]) io.stderr.write(problemLine(problem));
  return built.articles;
}
