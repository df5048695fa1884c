import { openQueue } from '../queue/job-queue.ts';
import { hasQueue, queueStatus, retryJobs, type QueueStatus } from '../queue/queue-status.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** `status` and `retry` read a PostgreSQL store's job queue. */
export interface StatusOptions extends StoreOptions {
  readonly json?: boolean;
  /** `retry`: every failed job. */
  readonly all?: boolean;
}

/** `wiretrace status`: the job queue's depth, throughput and failures, and the slowest stories. Resolves to the exit code. */
export async function runStatus(options: StatusOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return withQueueStore(options, io, env, async (db) => {
    const status = await queueStatus(db);
    io.stdout.write(options.json ? `${JSON.stringify(status)}\n` : statusText(status, db.location));
    return 0;
  });
}

/**
 * `wiretrace retry [jobs...]`: put failed jobs (those named, or with `--all` every one) back on their queues, to be
 * run again by the next free worker. Resolves to the exit code: 1 when a job named is not a failed job.
 */
export async function runRetry(ids: readonly string[], options: StatusOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (ids.length === 0 && !options.all) {
    io.stderr.write('wiretrace: retry: name the failed jobs to run again (their ids, as `wiretrace status` lists them), or give --all\n');
    return 2;
  }
  return withQueueStore(options, io, env, async (db, url) => {
    const queue = await openQueue({ url });
    let retried: string[];
    let missing: string[];
    try {
      ({ retried, missing } = await retryJobs(db, queue.boss, ids));
    } finally {
      await queue.stop();
    }
    for (const id of missing) io.stderr.write(`wiretrace: retry: ${stderrSafe(JSON.stringify(id))} is not a failed job of this store\n`);
    io.stdout.write(options.json ? `${JSON.stringify({ retried, missing })}\n` : `Retrying ${retried.length} failed job${retried.length === 1 ? '' : 's'}.\n`);
    return missing.length > 0 ? 1 : 0;
  });
}

// Open the store (PostgreSQL only: the embedded store has no queue) and run `fn` on it if it holds a job queue.
async function withQueueStore(options: StoreOptions, io: CliIo, env: NodeJS.ProcessEnv, fn: (db: SqlClient, url: string) => Promise<number>): Promise<number> {
  const url = options.db ?? (options.data === undefined ? env.WIRETRACE_DB || undefined : undefined);
  if (url === undefined) {
    io.stderr.write('wiretrace: the job queue is kept in a PostgreSQL store: give --db postgres://... (or set WIRETRACE_DB)\n');
    return 2;
  }
  let db: SqlClient;
  try {
    db = await openStore({ db: url }, env);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  try {
    if (!(await hasQueue(db))) {
      io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(db.location))}: no job queue yet (start "wiretrace worker", or add with --workers)\n`);
      return 1;
    }
    return await fn(db, url);
  } finally {
    await db.close();
  }
}

function statusText(status: QueueStatus, location: string): string {
  const n = (x: number): string => x.toLocaleString('en');
  const rows = status.queues.map((q) => `  ${q.queue.padEnd(8)} ${n(q.queued).padStart(8)} ${n(q.active).padStart(7)} ${n(q.failed).padStart(7)} ${n(q.doneLast10m).padStart(13)} ${(q.doneLast10m / 10).toFixed(1).padStart(8)}`);
  const lines = [
    `Job queue of ${stderrSafe(location)}`,
    `  ${'queue'.padEnd(8)} ${'waiting'.padStart(8)} ${'running'.padStart(7)} ${'failed'.padStart(7)} ${'done (10 min)'.padStart(13)} ${'per min'.padStart(8)}`,
    ...rows,
    `Stored: ${n(status.stored.last10m)} versions in the last 10 minutes (${(status.stored.last10m / 10).toFixed(1)} a minute), ${n(status.stored.lastHour)} in the last hour`,
  ];
  if (status.failures.length > 0) {
    lines.push('Failed jobs (latest first; "wiretrace retry <id>" or "wiretrace retry --all" runs them again):');
    for (const f of status.failures) lines.push(`  ${f.id} ${f.queue}${f.at ? ` at ${f.at}` : ''}: ${stderrSafe(f.error)}`);
  } else lines.push('No failed jobs.');
  if (status.slowest.length > 0) {
    lines.push('Slowest stories to analyse:');
    for (const s of status.slowest) lines.push(`  ${s.seconds.toFixed(1).padStart(7)} s  ${s.versions ?? '?'} versions  ${stderrSafe(s.story)}${s.title ? `  ${stderrSafe(JSON.stringify(s.title))}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
