import type PgBoss from 'pg-boss';
import type { RawDocument } from '../model/index.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import type { CliIo } from './cli-io.ts';
import { buildOptionsOf, ingestOptionsOf, problemLine, withOutletNames, type ReadOptions } from './read-options.ts';
import { QUEUES } from '../queue/job-queue.ts';
import { sendJobs, type CleanJob, type FetchJob } from '../queue/send-jobs.ts';

/** What was put on the queue: raw documents to clean, URLs to fetch, and how many inputs could not be read. */
export interface Enqueued {
  readonly documents: number;
  readonly urls: number;
  readonly problems: number;
}

// documents read before they are sent: one insert statement's worth
const FLUSH_EVERY = 200;

/**
 * Put `add`'s inputs on the job queue for the workers: each URL as a `fetch` job (a worker reads it), each document
 * of the other inputs (files, folders, globs, standard input: read here, since a worker on another machine cannot
 * see them) as a `clean` job. An input that cannot be read is one line on stderr, as `add` prints it.
 */
export async function enqueueInputs(boss: PgBoss, inputs: readonly string[], options: ReadOptions, io: CliIo): Promise<Enqueued> {
  const ingestOptions = ingestOptionsOf(options, io);
  const build = buildOptionsOf(options);
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: ingestOptions.followSymlinks ?? false });
  let problemCount = problems.length;
  for (const problem of problems) io.stderr.write(problemLine(problem));
  const urls = entries.filter((e) => e.kind === 'url').map((e): FetchJob => ({
    url: e.input, build,
    read: {
      allowPrivate: options.allowPrivate ?? false,
      ...(options.timeout !== undefined && { timeoutMs: options.timeout }),
      ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
      ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
    },
  }));
  await sendJobs(boss, QUEUES.fetch, urls);
  let pending: RawDocument[] = [];
  let documents = 0;
  const flush = async (): Promise<void> => {
    await sendJobs<CleanJob>(boss, QUEUES.clean, pending.map((document) => ({ document, build })));
    documents += pending.length;
    pending = [];
  };
  for await (const read of withOutletNames(readEntries(entries.filter((e) => e.kind !== 'url'), ingestOptions), options, io)) {
    for (const problem of read.problems) io.stderr.write(problemLine(problem));
    problemCount += read.problems.length;
    pending.push(...read.documents);
    if (pending.length >= FLUSH_EVERY) await flush();
  }
  await flush();
  return { documents, urls: urls.length, problems: problemCount };
}
