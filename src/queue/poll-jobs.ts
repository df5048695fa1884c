import type PgBoss from 'pg-boss';
import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { listFeeds } from '../store/feed-list.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { robotsRules } from '../watch/robots-rules.ts';
import type { CliIo } from '../cli/cli-io.ts';
import { pollFeed } from '../cli/poll-feed.ts';
import type { WatchOptions } from '../cli/run-watch.ts';
import { buildOptionsOf } from '../cli/read-options.ts';
import { QUEUES } from './job-queue.ts';
import { sendJobs, type CleanJob, type PollJob } from './send-jobs.ts';
import type { JobHandler } from './work-queue.ts';

/** A `poll` job's feed and the `watch` options it is polled with (limits, revisit). */
export interface PollJobData extends PollJob {
  readonly options: Pick<WatchOptions, 'allowPrivate' | 'timeout' | 'maxBytes' | 'maxItems' | 'maxSeconds' | 'maxChars' | 'revisit'>;
}

/**
 * Poll each job's feed as `watch` polls it (a conditional GET, robots.txt, its pages fetched in turn) and put each
 * page fetched on the `clean` queue; the poll, its items and its next run are recorded in the store as `watch`
 * records them. A feed taken off the watch list since is skipped.
 */
export function pollJobs(context: { readonly db: SqlClient; readonly boss: PgBoss; readonly io: CliIo; readonly json: boolean }): JobHandler<PollJobData> {
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
          await sendJobs<CleanJob>(context.boss, QUEUES.clean, read.documents.map((document) => ({ document, build: buildOptionsOf(options) })));
          queued += read.documents.length;
          return read.documents.length;
        },
      },
    }, feed);
    return { ok: true, output: { feed: feed.url, failed, queued } } as const;
  }));
}
