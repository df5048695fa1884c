import type { VersionEdit } from '../model/index.ts';
import type { FetchOptions } from '../ingest/fetch-url.ts';
import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import { addFeeds, listFeeds, type StoredFeed } from '../store/feed-list.ts';
import { feedItems, markListed, recordItem } from '../store/feed-items.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import { recordPoll } from '../store/record-poll.ts';
import { serial, type SqlClient } from '../store/sql-client.ts';
import { nextDelay } from '../watch/backoff.ts';
import { fetchPage } from '../watch/fetch-page.ts';
import { pagesToFetch } from '../watch/pages-to-fetch.ts';
import { formatInterval } from '../watch/parse-interval.ts';
import { readFeed } from '../watch/read-feed.ts';
import { readFeedList } from '../watch/read-feed-list.ts';
import { robotsRules } from '../watch/robots-rules.ts';
import { InputError } from '../ingest/input-error.ts';
import type { CliIo } from './cli-io.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { problemLine, type ReadOptions } from './read-options.ts';
import { stderrSafe } from './stderr-safe.ts';
import { addReads, analyseStale, lockWriter, noCounts, outcomeLine, storedGrouping, type AddCounts, type StoredGrouping } from './store-writer.ts';

/** What `watch` polls, how often, and where it stores. */
export interface WatchOptions extends ReadOptions, StoreOptions {
  /** Seconds between polls of the feeds given (default 15 minutes); a feed already watched keeps its own unless given. */
  readonly interval?: number;
  /** Seconds after which a page still listed is fetched again (a conditional GET); null: only when its entry changes. */
  readonly revisit?: number | null;
  readonly once?: boolean;
  readonly json?: boolean;
  readonly embeddings?: boolean;
}

/** The interval of a feed added without one. */
export const DEFAULT_INTERVAL = 15 * 60;
/** The revisit of pages when none is given. */
export const DEFAULT_REVISIT = 6 * 3600;
/** Feeds polled at once: a slow feed holds one of these until its timeout, never the others. */
const FEEDS_AT_ONCE = 4;
/** Longest sleep between looks at the watch list (a feed added meanwhile is found within it). */
const MAX_SLEEP_MS = 60_000;

interface Watch {
  readonly db: SqlClient;
  readonly io: CliIo;
  readonly options: WatchOptions;
  readonly fetchOptions: FetchOptions;
  readonly robots: ReturnType<typeof robotsRules>;
  readonly stored: StoredGrouping;
  readonly groupOptions: Parameters<typeof addReads>[4];
  readonly counts: AddCounts;
  readonly writes: ReturnType<typeof serial>;
  readonly stop: AbortSignal;
}

/**
 * `wiretrace watch`: add the feeds given (RSS/Atom URLs, OPML lists) to the store's watch list, then poll each feed
 * when due (its own interval; after errors, backing off), fetch the page of each new or changed item and add it as
 * `add` does (new articles, new versions with their edits), and analyse the stories that changed. `--once` polls
 * every feed once and exits. SIGINT and SIGTERM stop it between two writes. Resolves to the exit code.
 */
export async function runWatch(inputs: readonly string[], options: WatchOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env, stopSignal?: AbortSignal): Promise<number> {
  const stopper = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!stopper.signal.aborted) io.stderr.write(`wiretrace: ${signal}: stopping after the article being stored\n`);
    stopper.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  stopSignal?.addEventListener('abort', () => stopper.abort(), { once: true });
  let db: SqlClient;
  try {
    db = await openStore(options, env);
  } catch (error) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  const encoder = options.embeddings === false ? undefined : startWorkerEmbedder(1);
  const warn = (message: string): void => { io.stderr.write(`wiretrace: ${stderrSafe(message)}\n`); };
  try {
    const fetchOptions: FetchOptions = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeout ?? INGEST_DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? INGEST_DEFAULTS.maxBytes,
      maxRedirects: INGEST_DEFAULTS.maxRedirects,
    };
    if (inputs.length > 0) {
      const list = await readFeedList(inputs, fetchOptions);
      for (const problem of list.problems) io.stderr.write(problemLine(problem));
      const added = await addFeeds(db, list.feeds, options.interval ?? DEFAULT_INTERVAL, options.interval !== undefined);
      if (!options.json && added.length > 0) io.stdout.write(`Watching ${added.length} new feed${added.length === 1 ? '' : 's'}.\n`);
    }
    if ((await listFeeds(db)).length === 0) {
      io.stderr.write('wiretrace: no feeds to watch: give RSS or Atom feed URLs or OPML lists, or add them with "wiretrace feeds add"\n');
      return 1;
    }
    const release = await lockWriter(db, io);
    let stored: StoredGrouping;
    try {
      stored = await storedGrouping(db);
    } finally {
      await release();
    }
    const watch: Watch = {
      db, io, options, fetchOptions, robots: robotsRules(fetchOptions), stored,
      groupOptions: encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {},
      counts: noCounts(), writes: serial(), stop: stopper.signal,
    };
    const analyse = async (): Promise<number> => analyseStale(db, io, options.json ?? false, encoder ? { embed: encoder.embed } : { embedBudget: 0 }, warn);
    if (options.once) {
      const failed = await pollRound(watch, await listFeeds(db), analyse);
      return failed.every(Boolean) ? 1 : 0;
    }
    while (!stopper.signal.aborted) {
      await pollRound(watch, await listFeeds(db, new Date()), analyse);
      const next = Math.min(...(await listFeeds(db)).map((f) => Date.parse(f.nextRun)));
      await sleep(Math.max(0, Math.min(MAX_SLEEP_MS, (Number.isFinite(next) ? next : Infinity) - Date.now())), stopper.signal);
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await encoder?.stop();
    await db.close();
  }
}

// One round: the due feeds polled a few at once, their pages added one at a time, then the stories that changed
// analysed; under the writer lock, with what other writers stored filed in first. Resolves to each feed's failure.
async function pollRound(watch: Watch, feeds: readonly StoredFeed[], analyse: () => Promise<number>): Promise<boolean[]> {
  if (feeds.length === 0) return [];
  const release = await lockWriter(watch.db, watch.io);
  try {
    await watch.stored.catchUp();
    const before = watch.counts.articles + watch.counts.versions;
    const failed: boolean[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < feeds.length && !watch.stop.aborted) {
        const feed = feeds[next++]!;
        failed.push(await pollFeed(watch, feed));
      }
    };
    await Promise.all(Array.from({ length: Math.min(FEEDS_AT_ONCE, feeds.length) }, worker));
    if (!watch.stop.aborted && watch.counts.articles + watch.counts.versions > before) await analyse();
    return failed;
  } finally {
    await release();
  }
}

// Poll one feed and add the pages of its new and changed items. Resolves to whether the poll failed.
async function pollFeed(watch: Watch, feed: StoredFeed): Promise<boolean> {
  const { db, io, options } = watch;
  const at = new Date();
  const maxItems = options.maxItems ?? INGEST_DEFAULTS.maxItems;
  let answer: Awaited<ReturnType<typeof readFeed>>;
  try {
    answer = await readFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, { ...watch.fetchOptions, signal: watch.stop }, maxItems);
  } catch (error) {
    if (watch.stop.aborted) return false;
    if (!(error instanceof InputError)) throw error;
    await recordPoll(db, feed.id, { kind: 'failed', error: error.message }, at, nextDelay);
    const delay = nextDelay(feed.intervalSeconds, feed.failures + 1);
    if (options.json) io.stdout.write(`${JSON.stringify({ event: 'failed', feed: feed.url, error: error.message, failures: feed.failures + 1, retryIn: delay })}\n`);
    else io.stderr.write(`wiretrace: ${stderrSafe(feed.url)}: ${stderrSafe(error.message)}; trying again in ${formatInterval(delay)}${feed.failures > 0 ? ` (${feed.failures + 1} errors in a row)` : ''}\n`);
    return true;
  }
  const known = await feedItems(db, feed.id);
  // unchanged, the feed still lists what it listed: its pages may still be revisited
  const entries = answer.kind === 'items' ? answer.entries : [...known.values()].filter((i) => i.listed).map((i) => ({ url: i.url, entryHash: i.entryHash }));
  if (answer.kind === 'items') for (const problem of answer.problems) io.stderr.write(problemLine(problem));
  const pages = pagesToFetch(entries, known, at.getTime(), options.revisit === undefined ? DEFAULT_REVISIT * 1000 : options.revisit === null ? null : options.revisit * 1000);
  const tally = { articles: 0, versions: 0, edits: 0, unchanged: 0, skipped: 0 };
  for (const page of pages) {
    if (watch.stop.aborted) return false;
    const got = await fetchPage(page.url, page, watch.robots, { ...watch.fetchOptions, signal: watch.stop }, maxItems);
    if (watch.stop.aborted) return false;
    if (got.kind === 'skipped') {
      tally.skipped++;
      if (options.json) io.stdout.write(`${JSON.stringify({ event: 'skipped', feed: feed.url, url: page.url, reason: got.reason })}\n`);
      else io.stderr.write(problemLine({ input: page.url, reason: got.reason }));
      // a page robots.txt disallows is not asked for again until its entry changes or it is revisited
      if (got.reason.includes('robots.txt')) await recordItem(db, feed.id, { url: page.url, entryHash: page.entryHash, etag: null, lastModified: null }, at);
      continue;
    }
    if (got.kind === 'fetched') {
      await watch.writes(() => addReads(db, watch.stored, single(got.read), options, watch.groupOptions, watch.counts, (event) => {
        if (event.kind === 'problem') {
          io.stderr.write(problemLine(event.problem));
          return;
        }
        const { outcome } = event;
        if (outcome.kind === 'stored') {
          if (outcome.version === 1) tally.articles++;
          else tally.versions++;
          tally.edits += outcome.edits?.length ?? 0;
        } else tally.unchanged++;
        if (options.json) io.stdout.write(outcomeLine(event.article, outcome));
        else if (outcome.kind === 'stored' && outcome.version > 1) io.stdout.write(versionLine(page.url, outcome.version, outcome.edits ?? []));
      }));
    } else tally.unchanged++;
    await recordItem(db, feed.id, { url: page.url, entryHash: page.entryHash, etag: got.kind === 'fetched' ? got.etag : null, lastModified: got.kind === 'fetched' ? got.lastModified : null }, at);
  }
  const status = answer.kind === 'items' ? '200' : '304';
  if (answer.kind === 'items') {
    await markListed(db, feed.id, answer.entries.map((e) => e.url));
    await recordPoll(db, feed.id, { kind: 'fetched', status, etag: answer.etag, lastModified: answer.lastModified }, at, nextDelay);
  } else await recordPoll(db, feed.id, { kind: 'fetched', status, etag: null, lastModified: null }, at, nextDelay);
  if (options.json) io.stdout.write(`${JSON.stringify({ event: 'polled', feed: feed.url, status: Number(status), items: entries.length, fetched: pages.length, ...tally })}\n`);
  else if (status === '304' && pages.length === 0) io.stdout.write(`${stderrSafe(feed.url)}: not modified since the last poll\n`);
  else io.stdout.write(`${stderrSafe(feed.url)}: ${status === '304' ? 'not modified; ' : ''}${entries.length} items, ${pages.length} fetched: ${tally.articles} new articles, ${tally.versions} new versions (${tally.edits} edits), ${tally.unchanged} unchanged${tally.skipped > 0 ? `, ${tally.skipped} skipped` : ''}\n`);
  return false;
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}

// "https://…: version 3 stored: 4 edits (headline softened, figure changed, paragraph removed)"
function versionLine(url: string, version: number, edits: readonly VersionEdit[]): string {
  const kinds = [...new Set(edits.map((e) => e.rule.replace(/-/g, ' ')))];
  return `${stderrSafe(url)}: version ${version} stored: ${edits.length} edit${edits.length === 1 ? '' : 's'}${kinds.length > 0 ? ` (${stderrSafe(kinds.slice(0, 6).join(', '))})` : ''}\n`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
