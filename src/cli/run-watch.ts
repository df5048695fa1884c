import type { FetchOptions } from '../ingest/fetch-url.ts';
import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import { addFeeds, listFeeds, type StoredFeed } from '../store/feed-list.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import { serial, StoreLostError, type SqlClient } from '../store/sql-client.ts';
import { storedGrouping, type StoredGrouping } from '../store/stored-grouping.ts';
import { diffMissing } from '../store/missing-diffs.ts';
import { DEFAULT_INTERVAL } from '../watch/backoff.ts';
import { readFeedList } from '../watch/read-feed-list.ts';
import { robotsRules } from '../watch/robots-rules.ts';
import type { CliIo } from './cli-io.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { problemLine, type ReadOptions } from './read-options.ts';
import { stderrSafe } from '../report/stderr-safe.ts';
import { addReads, analyseStale, lockWriterSaying, noCounts, type AddCounts } from './store-writer.ts';
import { pollFeed, type Watch } from '../watch/poll-feed.ts';
import { once } from '../queue/clean-jobs.ts';
import { queueFeeds } from './queue-feeds.ts';
import { sleep } from '../queue/work-queue.ts';

/** What `watch` polls, how often, and where it stores. */
export interface WatchOptions extends ReadOptions, StoreOptions {
  /** Seconds between polls of the feeds given (default 15 minutes); a feed already watched keeps its own unless given. */
  readonly interval?: number;
  /** Seconds after which a page still listed is fetched again (a conditional GET); null: only when its entry changes. */
  readonly revisit?: number | null;
  readonly once?: boolean;
  readonly json?: boolean;
  readonly embeddings?: boolean;
  /** Put due feeds on the job queue as `poll` jobs for `wiretrace worker`s instead of polling here (also `WIRETRACE_WORKERS=1`). */
  readonly workers?: boolean;
}

/** Feeds polled at once: a slow feed holds one of these until its timeout, never the others. */
const FEEDS_AT_ONCE = 4;
/** Longest sleep between looks at the watch list (a feed added meanwhile is found within it). */
const MAX_SLEEP_MS = 60_000;


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
  const workers = options.workers || env.WIRETRACE_WORKERS === '1';
  if (workers && db.kind !== 'postgres') {
    io.stderr.write('wiretrace: --workers: workers share a PostgreSQL store: give --db postgres://... (or set WIRETRACE_DB)\n');
    await db.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    return 2;
  }
  // a server's connection lost while watch sleeps stops it at once, as it would mid-poll
  let lost: StoreLostError | null = null;
  void db.lost.then((error) => {
    lost = error;
    stopper.abort();
  });
  const encoder = options.embeddings === false || workers ? undefined : startWorkerEmbedder(1);
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
    if (workers) return await queueFeeds(db, options.db ?? env.WIRETRACE_DB ?? '', options, io, stopper.signal);
    const release = await lockWriterSaying(db, io);
    let stored: StoredGrouping;
    try {
      stored = await storedGrouping(db);
      await diffMissing(db);
    } finally {
      await release();
    }
    const groupOptions = encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {};
    const writes = serial();
    const writer: Writer = { stored, counts: noCounts() };
    const watch: Watch = {
      db, io, options, fetchOptions, robots: robotsRules(fetchOptions), stop: stopper.signal,
      // one page at a time is cleaned and stored
      pages: { kind: 'store', add: (read, onEvent) => writes(() => addReads(db, stored, once(read), options, groupOptions, writer.counts, onEvent)) },
    };
    const analyse = async (): Promise<number> => analyseStale(db, io, options.json ?? false, encoder ? { embed: encoder.embed } : { embedBudget: 0 }, warn);
    if (options.once) {
      const failed = await pollRound(watch, writer, await listFeeds(db), analyse);
      return failed.every(Boolean) ? 1 : 0;
    }
    while (!stopper.signal.aborted) {
      await pollRound(watch, writer, await listFeeds(db, new Date()), analyse);
      const next = Math.min(...(await listFeeds(db)).map((f) => Date.parse(f.nextRun)));
      await sleep(Math.max(0, Math.min(MAX_SLEEP_MS, (Number.isFinite(next) ? next : Infinity) - Date.now())), stopper.signal);
    }
    if (lost !== null) throw lost;
    return 0;
  } catch (error) {
    if (!(error instanceof StoreLostError)) throw error;
    // every write is its own transaction: what was acknowledged is stored, what was not is fetched again next time
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}; watch stopped (what it stored is kept; run it again when the database is back)\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await encoder?.stop();
    await db.close();
  }
}

// What the pages stored here are added to: the stored stories, and the counts of what was stored.
interface Writer {
  readonly stored: StoredGrouping;
  readonly counts: AddCounts;
}

// One round: the due feeds polled a few at once, their pages added one at a time, then the stories that changed
// analysed; under the writer lock, with what other writers stored filed in first. Resolves to each feed's failure.
async function pollRound(watch: Watch, sink: Writer, feeds: readonly StoredFeed[], analyse: () => Promise<number>): Promise<boolean[]> {
  if (feeds.length === 0) return [];
  const release = await lockWriterSaying(watch.db, watch.io);
  try {
    await sink.stored.catchUp();
    const before = sink.counts.articles + sink.counts.versions;
    const failed: boolean[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < feeds.length && !watch.stop.aborted) {
        const feed = feeds[next++]!;
        failed.push(await pollFeed(watch, feed));
      }
    };
    await Promise.all(Array.from({ length: Math.min(FEEDS_AT_ONCE, feeds.length) }, worker));
    if (!watch.stop.aborted && sink.counts.articles + sink.counts.versions > before) await analyse();
    return failed;
  } finally {
    await release();
  }
}
