import type { Article } from '../model/index.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries, type ReadEntry } from '../ingest/read-entries.ts';
import { streamArticles, type StreamOptions } from '../pipeline/stream-articles.ts';
import { articleJson } from '../report/article-json.ts';
import { formatArticleBlock } from '../report/format-article-block.ts';
import type { CliIo } from './cli-io.ts';
import { drained } from './drained.ts';
import { heapCeiling } from '../pipeline/heap-ceiling.ts';
import { startProgress, type Progress } from './progress.ts';
import { buildOptionsOf, ingestOptionsOf, problemLine, withOutletNames, type ReadOptions } from './read-options.ts';

/** What `extract` prints: JSON Lines, or the readable listing (with the text when `full`). */
export interface ExtractOptions extends ReadOptions {
  readonly json?: boolean;
  readonly full?: boolean;
  /** The boilerplate window, for tests; the defaults are `streamArticles`'s. */
  readonly window?: Pick<StreamOptions, 'windowDocuments' | 'windowChars'>;
}

/**
 * `wiretrace extract` as a stream: inputs read a few at a time, each input's documents cleaned as
 * it arrives, each window's articles written in input order as soon as the window closes (waiting
 * when stdout asks to), each problem printed as one line when found. Resolves to the number of
 * articles written; stops early, quietly, when stdout's reader goes away.
 */
export async function runExtract(inputs: readonly string[], options: ExtractOptions, io: CliIo): Promise<number> {
  const ingestOptions = ingestOptionsOf(options, io);
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: ingestOptions.followSymlinks ?? false });
  for (const problem of problems) io.stderr.write(problemLine(problem));
  const progress = startProgress(io, entries.length, 'extracting');
  const out = listenForClose(io.stdout);
  let written = 0;
  try {
    const stream = streamArticles(withOutletNames(counted(readEntries(entries, ingestOptions), progress), options, io), { ...buildOptionsOf(options), ...options.window });
    for await (const item of stream) {
      if (item.kind === 'problem') {
        progress.print(problemLine(item.problem));
        continue;
      }
      if (out.closed) break;
      const text = options.json ? `${JSON.stringify(articleJson(item.article))}\n` : listingPiece(item.article, written, options.full ?? false);
      written++;
      if (!io.stdout.write(text)) await drained(io.stdout);
    }
  } finally {
    progress.stop();
    out.release();
  }
  return written;
}

// Listing blocks are apart by a blank line: the first ends its line, each later one starts with the blank.
function listingPiece(article: Article, index: number, full: boolean): string {
  return `${index === 0 ? '' : '\n'}${formatArticleBlock(article, { full })}\n`;
}

// Each input counts as done once the pipeline asks for the next one, i.e. once its documents are cleaned;
// then is the time to keep the garbage of its cleaning from piling up.
async function* counted(reads: AsyncIterable<ReadEntry>, progress: Progress): AsyncGenerator<ReadEntry> {
  const collect = heapCeiling();
  let done = 0;
  for await (const read of reads) {
    yield read;
    progress.update(++done, read.entry.input);
    collect();
  }
}

function listenForClose(out: NodeJS.WritableStream): { readonly closed: boolean; release: () => void } {
  const state = { closed: false, release: (): void => { out.removeListener('close', onClose); out.removeListener('error', onClose); } };
  const onClose = (): void => { state.closed = true; };
  out.once('close', onClose);
  out.on('error', onClose);
  return state;
}
