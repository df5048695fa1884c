import type { VersionEdit } from '../model/index.ts';
import type { FetchOptions } from '../ingest/fetch-url.ts';
import { INGEST_DEFAULTS } from '../ingest/read-entry.ts';
import { InputError } from '../ingest/input-error.ts';
import type { ReadInput } from '../pipeline/stream-articles.ts';
import { problemLine } from '../report/problem-line.ts';
import { stderrSafe } from '../report/stderr-safe.ts';
import { outcomeLine, type AddEvent } from '../store/add-article.ts';
import type { StoredFeed } from '../store/feed-list.ts';
import { feedItems, markListed, recordItem } from '../store/feed-items.ts';
import { recordPoll } from '../store/record-poll.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { nextDelay } from './backoff.ts';
import { fetchPage } from './fetch-page.ts';
import { pagesToFetch } from './pages-to-fetch.ts';
import { formatInterval } from './parse-interval.ts';
import { readFeed } from './read-feed.ts';
import type { robotsRules } from './robots-rules.ts';

/** The revisit of pages when none is given. */
export const DEFAULT_REVISIT = 6 * 3600;

/** Where polling writes its lines: results on `stdout`, problems on `stderr`. */
export interface PollOutput {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** The options a poll reads: one JSON line per event or sentences, the items read of a feed, the revisit of pages. */
export interface PollOptions {
  readonly json?: boolean;
  readonly maxItems?: number;
  /** Seconds after which a page still listed is fetched again (a conditional GET); null: only when its entry changes. */
  readonly revisit?: number | null;
}

/** What polling a feed needs: the store, the output, the options, the fetch and robots rules, the page sink and the stop signal. */
export interface Watch {
  readonly db: SqlClient;
  readonly io: PollOutput;
  readonly options: PollOptions;
  readonly fetchOptions: FetchOptions;
  readonly robots: ReturnType<typeof robotsRules>;
  readonly pages: PageSink;
  readonly stop: AbortSignal;
}

/**
 * Where a fetched page goes: stored here and now (`watch`: `add` cleans and stores it, one page at a time, and tells
 * each outcome and problem as it is committed), or put on the job queue for the workers (a worker's `poll` job);
 * `enqueue` resolves to how many documents it queued.
 */
export type PageSink =
  | { readonly kind: 'store'; readonly add: (read: ReadInput, onEvent: (event: AddEvent) => void) => Promise<void> }
  | { readonly kind: 'queue'; readonly enqueue: (read: ReadInput) => Promise<number> };

/**
 * Poll one feed and add the pages of its new and changed items (one at a time, through `watch.pages`), then record
 * the poll. Resolves to whether it failed.
 */
export async function pollFeed(watch: Watch, feed: StoredFeed): Promise<boolean> {
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
  const tally = { articles: 0, versions: 0, edits: 0, unchanged: 0, skipped: 0, queued: 0 };
  for (const page of pages) {
    if (watch.stop.aborted) return false;
    const got = await fetchPage(page.url, page, watch.robots, { ...watch.fetchOptions, signal: watch.stop }, maxItems);
    if (watch.stop.aborted) return false;
    if (got.kind === 'skipped') {
      tally.skipped++;
      if (options.json) io.stdout.write(`${JSON.stringify({ event: 'skipped', feed: feed.url, url: page.url, reason: got.reason })}\n`);
      else io.stderr.write(problemLine({ input: page.url, reason: got.reason }));
      // a page robots.txt disallows is not asked for again until its entry changes or it is revisited
      if (!got.retry) await recordItem(db, feed.id, { url: page.url, entryHash: page.entryHash, etag: null, lastModified: null }, at);
      continue;
    }
    const sink = watch.pages;
    if (got.kind === 'fetched' && sink.kind === 'queue') tally.queued += await sink.enqueue(got.read);
    else if (got.kind === 'fetched' && sink.kind === 'store') {
      await sink.add(got.read, (event) => {
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
      });
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
  else io.stdout.write(`${stderrSafe(feed.url)}: ${status === '304' ? 'not modified; ' : ''}${entries.length} items, ${pages.length} fetched: ${tally.articles} new articles, ${tally.versions} new versions (${tally.edits} edits), ${tally.unchanged} unchanged${tally.queued > 0 ? `, ${tally.queued} queued for the workers` : ''}${tally.skipped > 0 ? `, ${tally.skipped} skipped` : ''}\n`);
  return false;
}

// "https://…: version 3 stored: 4 edits (headline softened, figure changed, paragraph removed)"
function versionLine(url: string, version: number, edits: readonly VersionEdit[]): string {
  const kinds = [...new Set(edits.map((e) => e.rule.replace(/-/g, ' ')))];
  return `${stderrSafe(url)}: version ${version} stored: ${edits.length} edit${edits.length === 1 ? '' : 's'}${kinds.length > 0 ? ` (${stderrSafe(kinds.slice(0, 6).join(', '))})` : ''}\n`;
}
