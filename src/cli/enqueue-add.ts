import { enqueueInputs } from './enqueue-inputs.ts';
import { openQueue } from '../queue/job-queue.ts';
import { pendingJobs } from '../queue/queue-status.ts';
import { sleep } from '../queue/work-queue.ts';
import { openStore, StoreOpenError } from '../store/open-store.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import type { AddOptions } from './run-add.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/**
 * `add --workers`: put the inputs on the job queue of the PostgreSQL store for `wiretrace worker`s (URLs to fetch,
 * the other inputs' documents to clean), and with `--wait` wait until the workers have done every job. Resolves to
 * the exit code: 2 without a PostgreSQL store, 1 when it cannot be opened or nothing could be read.
 */
export async function enqueueAdd(inputs: readonly string[], options: AddOptions, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const url = options.db ?? (options.data === undefined ? env.WIRETRACE_DB || undefined : undefined);
  if (url === undefined) {
    io.stderr.write('wiretrace: --workers: workers share a PostgreSQL store: give --db postgres://... (or set WIRETRACE_DB); the embedded store is added to in this process\n');
    return 2;
  }
  let db: SqlClient;
  try {
    // the store's schema is brought up to date here, so workers started on an empty database find it
    db = await openStore({ db: url }, env);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  try {
    const queue = await openQueue({ url });
    let queued;
    try {
      queued = await enqueueInputs(queue.boss, inputs, options, io);
    } finally {
      await queue.stop();
    }
    const line = { event: 'queued', documents: queued.documents, urls: queued.urls, problems: queued.problems };
    io.stdout.write(options.json ? `${JSON.stringify(line)}\n` : `Queued ${queued.documents.toLocaleString('en')} documents to clean and ${queued.urls.toLocaleString('en')} URLs to fetch for the workers. Store: ${stderrSafe(db.location)}\n`);
    if (options.wait) {
      const never = new AbortController().signal;
      while ((await pendingJobs(db)) > 0) await sleep(500, never);
      if (options.json) io.stdout.write(`${JSON.stringify({ event: 'done' })}\n`);
      else io.stdout.write('The workers have done every queued job ("wiretrace status" shows failures, if any).\n');
    }
    return queued.documents + queued.urls === 0 && inputs.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
