import type PgBoss from 'pg-boss';
import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { listFeeds } from '../store/feed-list.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { robotsRules } from '../watch/robots-rules.ts';
import type { BuildOptions } from '../pipeline/clean-documents.ts';
import { pollFeed, type PollOptions, type PollOutput } from '../watch/poll-feed.ts';
import { QUEUES } from './job-queue.ts';
import { sendJobs, type CleanJob, type PollJob } from './send-jobs.ts';
import type { JobHandler } from './work-queue.ts';

/** A `poll` job's feed and the `watch` options it is polled with: the fetch's limits, the revisit, the cleaning budgets. */
export interface PollJobData extends PollJob {
  readonly options: Omit<PollOptions, 'json'> & { readonly allowPrivate?: boolean; readonly timeout?: number; readonly maxBytes?: number };
  readonly build?: BuildOptions;
}

/** Put a feed on the queue to be polled by a worker; one waits per feed (its id the singleton key). Resolves to the job's id, or null when one waits already. */
export async function sendPoll(boss: PgBoss, data: PollJobData): Promise<string | null> {
  return boss.send(QUEUES.poll, data, { singletonKey: String(data.feed) });
}

/**
 * Poll each job's feed as `watch` polls it (a conditional GET, robots.txt, its pages fetched in turn) and put each
 * page fetched on the `clean` queue; the poll, its items and its next run are recorded in the store as `watch`
 * records them. A feed taken off the watch list since is skipped.
 */
export function pollJobs(context: { readonly db: SqlClient; readonly boss: PgBoss; readonly io: PollOutput; readonly json: boolean }): JobHandler<PollJobData> {
  return async (jobs) => Promise.all(jobs.map(async (job) => {
    const feed = (await listFeeds(context.db)).find((f) => f.id === job.data.feed);
    if (!feed) return { ok: true, output: { feed: job.data.url, removed: true } } as const;
    const { options } = job.data;
    const fetchOptions = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeout ?? INGEST_DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? INGEST_DEFAULTS.maxBytes,
      maxRedirects: INGEST_DEFAULTS.maxRedirects,
    };
    let queued = 0;
    const failed = await pollFeed({
      db: context.db, io: context.io, options: { ...options, json: context.json }, fetchOptions, robots: robotsRules(fetchOptions), stop: new AbortController().signal,
      pages: {
        kind: 'queue',
        enqueue: async (read) => {
          await sendJobs<CleanJob>(context.boss, QUEUES.clean, read.documents.map((document) => ({ document, build: job.data.build ?? {} })));
          queued += read.documents.length;
          return read.documents.length;
        },
      },
    }, feed);
    return { ok: true, output: { feed: feed.url, failed, queued } } as const;
  }));
}
