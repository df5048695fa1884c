import type { Sql } from './sql-client.ts';

/** What the store knows of one item a feed listed: its entry's hash and its page's validators. */
export interface FeedItem {
  readonly url: string;
  readonly entryHash: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly fetchedAt: string | null;
  /** Whether the feed listed it when it last answered with its items. */
  readonly listed: boolean;
}

/** The items a feed listed before, by page URL. */
export async function feedItems(db: Sql, feed: number): Promise<Map<string, FeedItem>> {
  const rows = await db.query<{ url: string; entry_hash: string; etag: string | null; last_modified: string | null; fetched_at: Date | null; listed: boolean }>(
    'select url, entry_hash, etag, last_modified, fetched_at, listed from feed_items where feed_id = $1', [feed]);
  return new Map(rows.map((r) => [r.url, {
    url: r.url, entryHash: r.entry_hash, etag: r.etag, lastModified: r.last_modified, fetchedAt: r.fetched_at?.toISOString() ?? null, listed: r.listed,
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
     on conflict (feed_id, url) do update set entry_hash = excluded.entry_hash, fetched_at = excluded.fetched_at, listed = true,
       etag = coalesce(excluded.etag, feed_items.etag), last_modified = coalesce(excluded.last_modified, feed_items.last_modified)`,
    [feed, item.url, item.entryHash, item.etag, item.lastModified, at]);
}

/** Mark which of a feed's items it lists now (those it dropped are no longer revisited). */
export async function markListed(db: Sql, feed: number, urls: readonly string[]): Promise<void> {
  await db.query(
    `update feed_items set listed = url in (select jsonb_array_elements_text($2::jsonb)) where feed_id = $1`,
    [feed, JSON.stringify(urls)]);
}
