import type { Sql } from './sql-client.ts';

/** How one poll of a feed ended: an answer (with the validators to send next time), or an error. */
export type PollResult =
  | { readonly kind: 'fetched'; readonly status: '200' | '304'; readonly etag: string | null; readonly lastModified: string | null }
  | { readonly kind: 'failed'; readonly error: string };

/**
 * Record a poll of a feed at `at` and when it runs next: after an answer, its interval from now and no failures;
 * after an error, one more failure and the delay `delayOf(failures)` gives. A 304 keeps the validators it had.
 */
export async function recordPoll(db: Sql, feed: number, result: PollResult, at: Date, delayOf: (interval: number, failures: number) => number): Promise<void> {
  const [row] = await db.query<{ interval_seconds: number; failures: number }>('select interval_seconds, failures from feeds where id = $1', [feed]);
  if (!row) return; // removed while it was polled
  const failures = result.kind === 'failed' ? row.failures + 1 : 0;
  const next = new Date(at.getTime() + delayOf(row.interval_seconds, failures) * 1000);
  if (result.kind === 'failed') {
    await db.query(
      'update feeds set last_poll = $2, last_status = null, last_error = $3, failures = $4, next_run = $5 where id = $1',
      [feed, at, result.error, failures, next]);
    return;
  }
  await db.query(
    `update feeds set last_poll = $2, last_status = $3, last_error = null, failures = 0, next_run = $4,
       etag = case when $3 = '304' then etag else $5 end, last_modified = case when $3 = '304' then last_modified else $6 end
     where id = $1`,
    [feed, at, result.status, next, result.etag, result.lastModified]);
}
