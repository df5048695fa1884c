import type { Article, RawDocument } from '../model/index.ts';
import { ingest } from '../ingest/ingest.ts';
import { buildArticles } from '../pipeline/build-articles.ts';
import type { CliIo } from './cli-io.ts';
import { startProgress, type Progress } from './progress.ts';
import { buildOptionsOf, ingestOptionsOf, problemLine, withOutletNames, type ReadOptions } from './read-options.ts';

export type { ReadOptions } from './read-options.ts';

/** Read, clean and segment the whole bundle at once (analysis needs it whole); report each problem as one line on stderr. */
export async function readBundle(inputs: readonly string[], options: ReadOptions, io: CliIo): Promise<Article[]> {
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
  const built = buildArticles(named, buildOptionsOf(options));
  for (const problem of [...problems, ...built.problems]) io.stderr.write(problemLine(problem));
  return built.articles;
}
