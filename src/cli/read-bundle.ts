import cliProgress from 'cli-progress';
import type { Article, InputProblem } from '../model/index.ts';
import { ingest, type IngestOptions } from '../ingest/ingest.ts';
import { buildArticles } from '../pipeline/build-articles.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from './stderr-safe.ts';

/** Options shared by every command that reads inputs. */
export interface ReadOptions {
  readonly allowPrivate?: boolean;
  readonly timeout?: number;
  readonly maxBytes?: number;
  readonly maxItems?: number;
  /** Per input, in seconds. */
  readonly maxSeconds?: number;
  readonly maxChars?: number;
  readonly followSymlinks?: boolean;
}

/** Read, clean and segment the inputs; report each problem as one line on stderr. */
export async function readBundle(inputs: readonly string[], options: ReadOptions, io: CliIo): Promise<Article[]> {
  const bar = io.stderrIsTTY && inputs.length > 0
    ? new cliProgress.SingleBar({ stream: io.stderr, format: 'reading {bar} {value}/{total} {input}', clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  const ingestOptions: IngestOptions = {
    ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }),
    ...(options.timeout !== undefined && { timeoutMs: options.timeout }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
    ...(options.followSymlinks !== undefined && { followSymlinks: options.followSymlinks }),
    stdin: io.stdin,
    onProgress: (done, total, input) => {
      if (!bar) return;
      if (done === 0 || bar.getTotal() !== total) bar.start(total, done, { input: stderrSafe(input) });
      bar.update(done, { input: stderrSafe(input) });
    },
  };
  const { documents, problems } = await ingest(inputs, ingestOptions);
  bar?.stop();
  const built = buildArticles(documents, {
    ...(options.maxSeconds !== undefined && { maxMs: options.maxSeconds * 1000 }),
    ...(options.maxChars !== undefined && { maxChars: options.maxChars }),
  });
  for (const problem of [...problems, ...built.problems]) report(problem, io);
  return built.articles;
}

function report(problem: InputProblem, io: CliIo): void {
  const reason = problem.reason.replace(/\s+/g, ' ').trim();
  io.stderr.write(`wiretrace: ${stderrSafe(problem.input)}: ${stderrSafe(reason)}\n`);
}
