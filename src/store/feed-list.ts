import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** A watched feed as stored: where it is, how often it is polled, and how its last poll went. */
export interface StoredFeed {
  readonly id: number;
  readonly url: string;
  readonly intervalSeconds: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO 8601 times, or null before the first poll. */
  readonly lastPoll: string | null;
  /** What the last poll got: "200", "304", or null after an error or before the first poll. */
  readonly lastStatus: string | null;
  readonly lastError: string | null;
  readonly nextRun: string;
  /** Errors in a row since the last good answer. */
  readonly failures: number;
  /** Items the feed has listed (pages fetched or tried). */
  readonly items: number;
}

/**
 * Add feeds to the watch list, each polled every `intervalSeconds` from now. A feed already listed keeps its state;
 * its interval changes only when `setInterval`. Resolves to the URLs that were new.
 */
export async function addFeeds(db: Sql, urls: readonly string[], intervalSeconds: number, setInterval: boolean): Promise<string[]> {
  const added: string[] = [];
  for (const url of urls) {
    const rows = await db.query<{ inserted: boolean }>(
      `insert into feeds (url, interval_seconds) values ($1, $2)
       on conflict (url) do update set interval_seconds = case when $3 then excluded.interval_seconds else feeds.interval_seconds end
       returning (xmax = 0) as inserted`, [url, intervalSeconds, setInterval]);
    if (rows[0]?.inserted) added.push(url);
  }
  return added;
}

/** Remove feeds from the watch list (and what they listed; stored articles stay). Resolves to the URLs removed. */
export async function removeFeeds(db: Sql, urls: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const url of urls) {
    const rows = await db.query<{ url: string }>('delete from feeds where url = $1 returning url', [url]);
    if (rows[0]) removed.push(rows[0].url);
  }
  return removed;
}

/** Remove one feed from the watch list by its id (as `removeFeeds` does). Resolves to its URL, or null when none has it. */
export async function removeFeed(db: Sql, id: number): Promise<string | null> {
  const rows = await db.query<{ url: string }>('delete from feeds where id = $1 returning url', [id]);
  return rows[0]?.url ?? null;
}

/** The watch list, in the order feeds were added; with `due`, only the feeds whose next run is at or before it. */
export async function listFeeds(db: Sql, due?: Date): Promise<StoredFeed[]> {
  const rows = await db.query<FeedRow>(
    `select f.*, (select count(*)::integer from feed_items i where i.feed_id = f.id) as items from feeds f
     where $1::timestamptz is null or f.next_run <= $1::timestamptz order by f.id`, [due ?? null]);
  return rows.map((r) => ({
    id: r.id, url: r.url, intervalSeconds: r.interval_seconds, etag: r.etag, lastModified: r.last_modified,
    lastPoll: isoOf(r.last_poll), lastStatus: r.last_status, lastError: r.last_error, nextRun: isoOf(r.next_run) ?? '',
    failures: r.failures, items: r.items,
  }));
}

interface FeedRow {
  readonly id: number;
  readonly url: string;
  readonly interval_seconds: number;
  readonly etag: string | null;
  readonly last_modified: string | null;
  readonly last_poll: Date | null;
  readonly last_status: string | null;
  readonly last_error: string | null;
  readonly next_run: Date;
  readonly failures: number;
  readonly items: number;
}
