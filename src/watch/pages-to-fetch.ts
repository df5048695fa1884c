import type { FeedItem } from '../store/feed-items.ts';
import type { FeedEntry } from './read-feed.ts';

/** A page to fetch, why, and the validators of its last answer. */
export interface PageToFetch {
  readonly url: string;
  readonly entryHash: string;
  readonly why: 'new' | 'changed' | 'revisit';
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/**
 * The pages of a feed's items to fetch now: an item never seen, an item whose entry changed (title, date or summary:
 * an edit the feed shows), and, with `revisitMs`, an item still listed whose page was last fetched that long ago
 * (an edit the feed does not show; a conditional GET, so an unchanged page costs a 304).
 */
export function pagesToFetch(entries: readonly FeedEntry[], known: ReadonlyMap<string, FeedItem>, now: number, revisitMs: number | null): PageToFetch[] {
  const out: PageToFetch[] = [];
  for (const entry of entries) {
    const item = known.get(entry.url);
    const validators = { etag: item?.etag ?? null, lastModified: item?.lastModified ?? null };
    if (!item) out.push({ ...entry, why: 'new', etag: null, lastModified: null });
    else if (item.entryHash !== entry.entryHash) out.push({ ...entry, why: 'changed', ...validators });
    else if (revisitMs !== null && (item.fetchedAt === null || now - Date.parse(item.fetchedAt) >= revisitMs)) out.push({ ...entry, why: 'revisit', ...validators });
  }
  return out;
}
