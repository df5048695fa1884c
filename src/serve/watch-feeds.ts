import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { addFeeds, listFeeds, removeFeed, type StoredFeed } from '../store/feed-list.ts';
import type { Sql } from '../store/sql-client.ts';
import { DEFAULT_INTERVAL } from '../watch/backoff.ts';
import { readFeedList } from '../watch/read-feed-list.ts';
import { ApiError } from './api-error.ts';
import type { UrlOptions } from './read-pasted.ts';

/**
 * Add a feed to the watch list from the server: its http(s) URL is fetched once and checked to be an RSS or Atom feed
 * (or an OPML list, whose feeds are added), as `feeds add` checks it, under the server's URL rules (loopback and
 * private addresses refused unless allowed). Throws an `ApiError` (400 not a web address, 422 not a feed). Resolves to
 * the feeds it names, as stored, and which of them were new.
 */
export async function addWatchedFeed(db: Sql, url: string, intervalSeconds: number | undefined, urls: UrlOptions): Promise<{ feeds: StoredFeed[]; added: string[] }> {
  if (!/^https?:\/\//i.test(url.trim()) || !URL.canParse(url.trim())) throw new ApiError(400, 'bad_request', `"${url}" is not an http:// or https:// address`);
  const list = await readFeedList([url.trim()], {
    allowPrivate: urls.allowPrivate,
    timeoutMs: urls.timeoutMs ?? INGEST_DEFAULTS.timeoutMs,
    maxBytes: urls.maxBytes ?? INGEST_DEFAULTS.maxBytes,
    maxRedirects: INGEST_DEFAULTS.maxRedirects,
  });
  const problem = list.problems[0];
  if (problem || list.feeds.length === 0) throw new ApiError(422, 'unreadable', `${url}: ${problem?.reason ?? 'names no feed'}`);
  const added = await addFeeds(db, list.feeds, intervalSeconds ?? DEFAULT_INTERVAL, intervalSeconds !== undefined);
  const feeds = (await listFeeds(db)).filter((f) => list.feeds.includes(f.url));
  return { feeds, added };
}

/** Take a feed off the watch list by its id (its articles stay stored); throws a 404 `ApiError` when none has it. */
export async function removeWatchedFeed(db: Sql, id: number): Promise<string> {
  const url = await removeFeed(db, id);
  if (url === null) throw new ApiError(404, 'not_found', `No feed ${id} is on the watch list`);
  return url;
}
