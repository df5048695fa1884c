import { openQueue } from '../queue/job-queue.ts';
import { sendPoll, type PollJobData } from '../queue/poll-jobs.ts';
import { sleep } from '../queue/work-queue.ts';
import { listFeeds, type StoredFeed } from '../store/feed-list.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import { buildOptionsOf } from './read-options.ts';
import type { WatchOptions } from './run-watch.ts';

/** Longest sleep between looks at the watch list. */
const MAX_SLEEP_MS = 60_000;

/**
 * `watch --workers`: instead of polling, put each due feed on the job queue as a `poll` job (one waiting per feed)
 * for the workers, who poll it, fetch its pages and record the poll; `once`: every feed once. Runs until `stop`.
 */
export async function queueFeeds(db: SqlClient, url: string, options: WatchOptions, io: CliIo, stop: AbortSignal): Promise<number> {
  const queue = await openQueue({ url });
  try {
    const send = async (feeds: readonly StoredFeed[]): Promise<void> => {
      for (const feed of feeds) {
        const data: PollJobData = {
          feed: feed.id, url: feed.url,
          options: {
            ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }),
            ...(options.timeout !== undefined && { timeout: options.timeout }),
            ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
            ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
            ...(options.revisit !== undefined && { revisit: options.revisit }),
          },
          build: buildOptionsOf(options),
        };
        const id = await sendPoll(queue.boss, data);
        if (options.json) io.stdout.write(`${JSON.stringify({ event: 'queued', feed: feed.url, job: id })}\n`);
      }
      if (!options.json && feeds.length > 0) io.stdout.write(`Queued ${feeds.length} feed${feeds.length === 1 ? '' : 's'} to poll for the workers.\n`);
    };
    if (options.once) {
      await send(await listFeeds(db));
      return 0;
    }
    while (!stop.aborted) {
      await send(await listFeeds(db, new Date()));
      // a feed stays due until a worker has polled it: look again after its interval, or within a minute
      const next = Math.min(...(await listFeeds(db)).map((f) => Date.parse(f.nextRun) + f.intervalSeconds * 1000));
      await sleep(Math.max(1000, Math.min(MAX_SLEEP_MS, (Number.isFinite(next) ? next : Infinity) - Date.now())), stop);
    }
    return 0;
  } finally {
    await queue.stop();
  }
}
