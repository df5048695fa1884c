import type { Sql } from './sql-client.ts';

/** What the store knows of one item a feed listed: its entry's hash and its page's validators. */
export interface FeedItem {
  readonly url: string;
  readonly entryHash: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly fetchedAt: string | null;
}

/** The items a feed listed before, by page URL. */
export async function feedItems(db: Sql, feed: number): Promise<Map<string, FeedItem>> {
  const rows = await db.query<{ url: string; entry_hash: string; etag: string | null; last_modified: string | null; fetched_at: Date | null }>(
    'select url, entry_hash, etag, last_modified, fetched_at from feed_items where feed_id = $1', [feed]);
  return new Map(rows.map((r) => [r.url, {
    url: r.url, entryHash: r.entry_hash, etag: r.etag, lastModified: r.last_modified, fetchedAt: r.fetched_at?.toISOString() ?? null,
  }]));
}

/**
 * Record an item once its page is stored (or known unchanged): its entry's hash, and the page's validators for the
 * next conditional GET. Recorded after the article's own transaction, so a crash between the two fetches the page
 * again, and storing it again is a no-op.
 */
export async function recordItem(db: Sql, feed: number, item: { readonly url: string; readonly entryHash: string; readonly etag: string | null; readonly lastModified: string | null }, at: Date): Promise<void> {
  await db.query(
    `insert into feed_items (feed_id, url, entry_hash, etag, last_modified, first_seen, fetched_at) values ($1, $2, $3, $4, $5, $6, $6)
     on conflict (feed_id, url) do update set entry_hash = excluded.entry_hash, fetched_at = excluded.fetched_at,
       etag = coalesce(excluded.etag, feed_items.etag), last_modified = coalesce(excluded.last_modified, feed_items.last_modified)`,
    [feed, item.url, item.entryHash, item.etag, item.lastModified, at]);
}
