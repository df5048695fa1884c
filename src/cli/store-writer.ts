import type { Report } from '../model/index.ts';
import { analyzeArticles } from '../pipeline/analyze.ts';
import { streamArticles, type ReadInput } from '../pipeline/stream-articles.ts';
import type { GroupOptions } from '../stories/group-stories.ts';
import { addArticles, prepareArticle, type AddEvent, type AddOutcome, type PreparedArticle } from '../store/add-article.ts';
import { analyseStory } from '../store/analyse-story.ts';
import { lockWriter, type StoredGrouping } from '../store/stored-grouping.ts';
import { staleStories, type StaleStory } from '../store/stale-stories.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import { startProgress } from './progress.ts';
import { buildOptionsOf, type ReadOptions } from './read-options.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** What adding articles did so far: articles read, stored as new, stored as new versions, already held, new stories. */
export interface AddCounts {
  read: number;
  articles: number;
  versions: number;
  unchanged: number;
  duplicates: number;
  stories: number;
  /** Edits found between a new version and the one before it. */
  edits: number;
}

/**
 * Take the store's writer lock (waiting, with one line on stderr, while another wiretrace holds it). Resolves to the
 * function that releases it.
 */
export async function lockWriterSaying(db: SqlClient, io: Pick<CliIo, 'stderr'>): Promise<() => Promise<void>> {
  return lockWriter(db, () => io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(db.location))}: another wiretrace is adding to it; waiting\n`));
}

/** How many read articles `addReads` stores in one transaction (the workers' `add` batches are as big). */
export const ADD_BATCH = 50;

/**
 * Clean each input's documents on its own (a window of one: a page's stored text, and so whether it changed, must not
 * hang on what was added with it) and add each article to the store, as `add` does; each outcome and problem is
 * passed to `onEvent` once committed. Articles are stored `batch` at a time, each batch placed in order and committed
 * in one transaction (`addArticles`), so an outcome is told once its batch is committed. The cross-article pass runs
 * over a story when it is analysed.
 */
export async function addReads(db: SqlClient, stored: StoredGrouping, reads: AsyncIterable<ReadInput>, options: ReadOptions, groupOptions: GroupOptions, counts: AddCounts, onEvent: (event: AddEvent) => void, batch = ADD_BATCH): Promise<void> {
  let pending: PreparedArticle[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const lot = pending;
    pending = [];
    const added = await addArticles(db, stored.grouping, lot, groupOptions);
    for (const [n, { outcome }] of added.entries()) {
      if (outcome.kind === 'stored') stored.own.add(outcome.ref);
      countOutcome(counts, outcome);
      onEvent({ kind: 'outcome', article: lot[n]!.article, outcome });
    }
  };
  for await (const item of streamArticles(reads, { ...buildOptionsOf(options), windowDocuments: 1 })) {
    if (item.kind === 'problem') {
      onEvent(item);
      continue;
    }
    counts.read++;
    pending.push(prepareArticle(item.article));
    if (pending.length >= batch) await flush();
  }
  await flush();
}

/** Counts with nothing added yet. */
export function noCounts(): AddCounts {
  return { read: 0, articles: 0, versions: 0, unchanged: 0, duplicates: 0, stories: 0, edits: 0 };
}

function countOutcome(counts: AddCounts, outcome: AddOutcome): void {
  if (outcome.kind === 'unchanged') counts.unchanged++;
  else if (outcome.kind === 'duplicate') counts.duplicates++;
  else {
    if (outcome.version === 1) counts.articles++;
    else counts.versions++;
    if (outcome.newStory) counts.stories++;
    counts.edits += outcome.edits?.length ?? 0;
  }
}

/**
 * Analyse every stale story (not only those this run touched: a run killed before its analyses leaves them to the
 * next) and store each analysis; with `json`, one line per story. Resolves to how many were new.
 */
export async function analyseStale(db: SqlClient, io: CliIo, json: boolean, embed: Parameters<typeof analyzeArticles>[1], warn: (message: string) => void): Promise<number> {
  const stale = await staleStories(db);
  const progress = startProgress(io, stale.length, 'analysing');
  let analysed = 0;
  try {
    for (const [n, story] of stale.entries()) {
      progress.update(n, `story ${story.key}`);
      const { report, saved } = await analyseStory(db, story, embed, warn);
      if (saved) analysed++;
      if (json) io.stdout.write(analysedLine(story, report));
    }
  } finally {
    progress.stop();
  }
  return analysed;
}

/** A story's analysis as the JSON line `add --json` prints for it. */
export function analysedLine(story: StaleStory, report: Report): string {
  return `${JSON.stringify({ event: 'analysed', story: story.key, versions: story.versions.length, claims: report.claims.length, findings: report.divergences.length })}\n`;
}
