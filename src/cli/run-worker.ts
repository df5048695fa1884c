import type PgBoss from 'pg-boss';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import { analyseJobs } from '../queue/analyse-jobs.ts';
import { addJobs } from '../queue/add-jobs.ts';
import { cleanJobs } from '../queue/clean-jobs.ts';
import { fetchJobs } from '../queue/fetch-jobs.ts';
import { openQueue, QUEUES, type JobQueue } from '../queue/job-queue.ts';
import { pollJobs } from '../queue/poll-jobs.ts';
import { workQueue, type JobResult, type QueueLoop } from '../queue/work-queue.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { problemLine } from './read-options.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** What a worker needs: the database, and how it runs its jobs. */
export interface WorkerOptions extends StoreOptions {
  readonly json?: boolean;
  readonly embeddings?: boolean;
  /** Seconds a job may run before it counts as lost and another worker runs it (sets it for the whole database). */
  readonly jobTimeout?: number;
  /** Seconds a story's analysis waits for more of its articles (default 5). */
  readonly debounce?: number;
  /** Seconds to finish the jobs in hand after SIGTERM before handing them back (default 30). */
  readonly grace?: number;
}

const DEFAULT_DEBOUNCE = 5;
const DEFAULT_GRACE = 30;
// how long the worker placing articles keeps the store's writer lock once the add queue is empty (`add`, `watch` and
// `serve` wait for it that long at most)
const HOLD_MS = 3000;
// jobs taken at once per queue: cleaning and storing are quick, so a batch saves round trips; a story's analysis is long.
// Taking jobs costs PostgreSQL a scan of the queue's waiting jobs (pg-boss orders them by priority and age): at 8 clean
// jobs a fetch, fetching was its second largest cost after storing versions (1.6 ms a fetch, 3,000 articles queued)
const BATCH = { fetch: 4, poll: 1, clean: 32, add: 50, analyse: 1 } as const;

/**
 * `wiretrace worker`: take jobs off the queue in the PostgreSQL store (fetch a URL, poll a feed, clean a page, store
 * an article in its story, analyse a story) until SIGTERM or SIGINT, then finish the jobs in hand (handing back those
 * still running after the grace period). Any number of workers on any number of machines share one database.
 * Resolves to the exit code: 2 without a PostgreSQL store, 1 when it cannot be opened.
 */
export async function runWorker(options: WorkerOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env, stopSignal?: AbortSignal): Promise<number> {
  const url = options.db ?? (options.data === undefined ? env.WIRETRACE_DB || undefined : undefined);
  if (url === undefined) {
    io.stderr.write('wiretrace: worker: workers share a PostgreSQL store: give --db postgres://... (or set WIRETRACE_DB); the embedded store does its work in the process that adds\n');
    return 2;
  }
  const stopper = new AbortController();
  const grace = options.grace ?? DEFAULT_GRACE;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!stopper.signal.aborted) io.stderr.write(`wiretrace: ${signal}: finishing the jobs in hand (at most ${grace} s), then stopping\n`);
    stopper.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  stopSignal?.addEventListener('abort', () => stopper.abort(), { once: true });
  const clients: SqlClient[] = [];
  let queue: JobQueue | undefined;
  const encoder = options.embeddings === false ? undefined : startWorkerEmbedder(1);
  try {
    try {
      // a connection each for storing (it holds the writer lock) and analysing (it holds a story's lock)
      clients.push(await openStore({ db: url }, env), await openStore({ db: url }, env));
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
      return 1;
    }
    const [writer, reader] = clients as [SqlClient, SqlClient];
    queue = await openQueue({ url, supervise: true, ...(options.jobTimeout !== undefined && { jobTimeout: options.jobTimeout }) });
    const { boss } = queue;
    const warn = (message: string): void => { io.stderr.write(`wiretrace: ${stderrSafe(message)}\n`); };
    const onProblem = (problem: Parameters<typeof problemLine>[0]): void => { io.stderr.write(problemLine(problem)); };
    const debounce = options.debounce ?? DEFAULT_DEBOUNCE;
    const counts = { done: 0, failed: 0 };
    const onJob = (name: string, job: PgBoss.Job<unknown>, result: JobResult, ms: number): void => {
      if (result.ok) counts.done++;
      else {
        counts.failed++;
        io.stderr.write(`wiretrace: job ${job.id} (${name}): ${stderrSafe(result.error)}\n`);
      }
      if (options.json) io.stdout.write(`${JSON.stringify({ event: result.ok ? 'done' : 'failed', queue: name, job: job.id, ms, ...(result.ok ? { output: result.output ?? {} } : { error: result.error }) })}\n`);
    };
    const adds = addJobs({ db: writer, boss, debounce, holdMs: HOLD_MS, batchSize: BATCH.add, groupOptions: encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {} });
    const loops: QueueLoop[] = [
      workQueue(boss, QUEUES.fetch, BATCH.fetch, fetchJobs(boss, onProblem), stopper.signal, onJob),
      workQueue(boss, QUEUES.poll, BATCH.poll, pollJobs({ db: reader, boss, io, json: options.json ?? false }), stopper.signal, onJob),
      workQueue(boss, QUEUES.clean, BATCH.clean, cleanJobs(boss, onProblem), stopper.signal, onJob, adds.others),
      workQueue(boss, QUEUES.add, BATCH.add, adds.handle, stopper.signal, onJob, adds.gate),
      workQueue(boss, QUEUES.analyse, BATCH.analyse, analyseJobs({ db: reader, boss, debounce, warn, embed: encoder ? { embed: encoder.embed } : { embedBudget: 0 } }), stopper.signal, onJob, adds.others),
    ];
    if (options.json) io.stdout.write(`${JSON.stringify({ event: 'started', pid: process.pid, store: writer.location })}\n`);
    else io.stderr.write(`wiretrace: worker ${process.pid} taking jobs from ${stderrSafe(writer.location)}\n`);
    const all = Promise.all(loops.map((l) => l.stopped));
    await Promise.race([all, new Promise<void>((resolve) => stopper.signal.addEventListener('abort', () => resolve(), { once: true }))]);
    if (stopper.signal.aborted) {
      const finished = await Promise.race([all.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), grace * 1000).unref())]);
      if (!finished) await handBack(boss, loops);
    } else await all;
    io.stderr.write(`wiretrace: worker ${process.pid} stopped: ${counts.done} jobs done, ${counts.failed} failed\n`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue?.stop().catch(() => undefined);
    await encoder?.stop();
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
  }
}

// The jobs still running after the grace period go back to the queue (failed, so retried after pg-boss's delay).
async function handBack(boss: PgBoss, loops: readonly QueueLoop[]): Promise<void> {
  for (const loop of loops) {
    for (const job of loop.held()) await boss.fail(job.name, job.id, { message: 'handed back: its worker was stopped before it finished' });
  }
}
