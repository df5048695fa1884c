import type { FetchOptions } from '../ingest/fetch-url.ts';
import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { addFeeds, listFeeds, removeFeeds, type StoredFeed } from '../store/feed-list.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { DEFAULT_INTERVAL } from '../watch/backoff.ts';
import { formatInterval } from '../watch/parse-interval.ts';
import { readFeedList } from '../watch/read-feed-list.ts';
import type { CliIo } from './cli-io.ts';
import { problemLine, type ReadOptions } from './read-options.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** Options of `feeds list|add|remove`. */
export interface FeedsOptions extends ReadOptions, StoreOptions {
  readonly json?: boolean;
  readonly interval?: number;
}

/**
 * `wiretrace feeds list|add|remove`: the watch list. `add` takes feed URLs and OPML lists (each feed checked as
 * `watch` checks it); `remove` takes feed URLs. Resolves to the exit code: 1 when the store cannot be opened or no
 * argument named a feed, 2 for an unknown action.
 */
export async function runFeeds(action: string, inputs: readonly string[], options: FeedsOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!['list', 'add', 'remove'].includes(action)) {
    io.stderr.write(`wiretrace: feeds ${stderrSafe(JSON.stringify(action))}: the action is list, add or remove\n`);
    return 2;
  }
  if (action !== 'list' && inputs.length === 0) {
    io.stderr.write(`wiretrace: feeds ${action}: give one or more feed URLs${action === 'add' ? ' or OPML lists' : ''}\n`);
    return 2;
  }
  let db: SqlClient;
  try {
    db = await openStore(options, env);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  try {
    if (action === 'list') {
      const feeds = await listFeeds(db);
      if (options.json) io.stdout.write(feeds.map((f) => `${JSON.stringify(f)}\n`).join(''));
      else io.stdout.write(feeds.length === 0 ? 'No feeds watched yet (add them with "wiretrace feeds add <feed URLs or OPML files>").\n' : feeds.map(feedLine).join(''));
      return 0;
    }
    if (action === 'remove') {
      const urls = inputs.map((u) => (URL.canParse(u) ? new URL(u).href : u));
      const removed = await removeFeeds(db, urls);
      for (const url of urls) if (!removed.includes(url)) io.stderr.write(`wiretrace: ${stderrSafe(url)}: not on the watch list\n`);
      io.stdout.write(options.json ? removed.map((url) => `${JSON.stringify({ event: 'removed', feed: url })}\n`).join('') : `Removed ${removed.length} feed${removed.length === 1 ? '' : 's'}.\n`);
      return removed.length === 0 ? 1 : 0;
    }
    const fetchOptions: FetchOptions = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeout ?? INGEST_DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? INGEST_DEFAULTS.maxBytes,
      maxRedirects: INGEST_DEFAULTS.maxRedirects,
    };
    const list = await readFeedList(inputs, fetchOptions);
    for (const problem of list.problems) io.stderr.write(problemLine(problem));
    const added = await addFeeds(db, list.feeds, options.interval ?? DEFAULT_INTERVAL, options.interval !== undefined);
    if (options.json) io.stdout.write(list.feeds.map((url) => `${JSON.stringify({ event: added.includes(url) ? 'added' : 'kept', feed: url })}\n`).join(''));
    else io.stdout.write(`Added ${added.length} feed${added.length === 1 ? '' : 's'}${list.feeds.length > added.length ? ` (${list.feeds.length - added.length} already watched)` : ''}.\n`);
    return list.feeds.length === 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

function feedLine(feed: StoredFeed): string {
  const when = (iso: string | null): string => (iso === null ? 'never' : `${iso.slice(0, 16).replace('T', ' ')} UTC`);
  const state = feed.lastError !== null
    ? `error: ${feed.lastError} (${feed.failures} in a row)`
    : feed.lastStatus === '304' ? 'not modified' : feed.lastStatus === null ? 'not polled yet' : 'ok';
  return `${stderrSafe(feed.url)}\n  every ${formatInterval(feed.intervalSeconds)} · last poll ${when(feed.lastPoll)}: ${stderrSafe(state)} · next ${when(feed.nextRun)} · ${feed.items} items\n`;
}
