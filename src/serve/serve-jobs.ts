import type { RawDocument } from '../model/index.ts';
import { QUEUES } from '../queue/job-queue.ts';
import { sendPoll } from '../queue/poll-jobs.ts';
import { hasQueue, queueStatus, retryJobs, type QueueStatus } from '../queue/queue-status.ts';
import { sendJobs, type CleanJob } from '../queue/send-jobs.ts';
import type { AddOutcome } from '../store/add-article.ts';
import type { StoredFeed } from '../store/feed-list.ts';
import { ApiError } from './api-error.ts';
import type { ServeContext } from './serve-context.ts';
import { storeDocuments } from './store-documents.ts';

/**
 * Store pasted documents: here and now (`storeDocuments`), or, when the server was started with workers, put each on
 * the job queue to be cleaned, stored and analysed by a `wiretrace worker` (resolves to how many were queued).
 */
export async function storeOrQueue(ctx: ServeContext, documents: readonly RawDocument[]): Promise<{ readonly stored: AddOutcome[] | null; readonly queued?: number }> {
  if (!ctx.queue) {
    try {
      return { stored: await storeDocuments(ctx.db, documents, ctx.analysis) };
    } finally {
      ctx.generation?.changed();
    }
  }
  await sendJobs<CleanJob>(ctx.queue, QUEUES.clean, documents.map((document) => ({ document, build: {} })));
  return { stored: null, queued: documents.length };
}

/**
 * With workers, put feeds just added to the watch list on the queue to be polled now, under the server's URL rules
 * (a worker polls them as `watch` does); `watch --workers` queues them again when due. Resolves to how many were queued.
 */
export async function queuePolls(ctx: ServeContext, feeds: readonly StoredFeed[]): Promise<number> {
  if (!ctx.queue) return 0;
  let queued = 0;
  for (const feed of feeds) {
    const id = await sendPoll(ctx.queue, {
      feed: feed.id, url: feed.url,
      options: { allowPrivate: ctx.urls.allowPrivate, ...(ctx.urls.timeoutMs !== undefined && { timeout: ctx.urls.timeoutMs }), ...(ctx.urls.maxBytes !== undefined && { maxBytes: ctx.urls.maxBytes }) },
    });
    if (id !== null) queued++;
  }
  return queued;
}

/** The store's job queue as `wiretrace status` shows it, or null when the store has none (the embedded store, or no worker yet). */
export async function jobsOf(ctx: ServeContext): Promise<QueueStatus | null> {
  return (await hasQueue(ctx.db)) ? queueStatus(ctx.db, 50) : null;
}

/** Run one failed job again; throws a 409 `ApiError` without workers, a 404 when it is no failed job. */
export async function retryJob(ctx: ServeContext, id: string): Promise<void> {
  if (!ctx.queue) throw new ApiError(409, 'no_workers', 'This server was started without workers ("wiretrace serve --workers"); retry with "wiretrace retry"');
  const { missing } = await retryJobs(ctx.db, ctx.queue, [id]);
  if (missing.length > 0) throw new ApiError(404, 'not_found', `Job "${id}" is not a failed job of this store`);
}
