import type { Article, InputProblem, Report } from '../model/index.ts';
import { analyzeArticles } from '../pipeline/analyze.ts';
import { analyzeStored } from '../pipeline/analyze-stored.ts';
import { streamArticles, type ReadInput } from '../pipeline/stream-articles.ts';
import { emptyGrouping, restoreArticle, type GroupOptions, type StoryGrouping } from '../stories/group-stories.ts';
import { addArticle, type AddOutcome } from '../store/add-article.ts';
import { readPlaced } from '../store/read-placed.ts';
import { readVersions } from '../store/read-versions.ts';
import { saveAnalysis } from '../store/save-analysis.ts';
import { staleStories, type StaleStory } from '../store/stale-stories.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import { heapCeiling } from './heap-ceiling.ts';
import { startProgress } from './progress.ts';
import { buildOptionsOf, type ReadOptions } from './read-options.ts';
import { stderrSafe } from './stderr-safe.ts';

// Any fixed number: held by the one process writing to a store, so two writers never group against stale piles.
const WRITER_LOCK = 7_131_402;

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

/** One thing adding found, as it is committed: an article's outcome, or an input's problem. */
export type AddEvent =
  | { readonly kind: 'outcome'; readonly article: Article; readonly outcome: AddOutcome }
  | { readonly kind: 'problem'; readonly problem: InputProblem };

/**
 * Take the store's writer lock (waiting, with one line on stderr, while another wiretrace holds it). Resolves to the
 * function that releases it.
 */
export async function lockWriter(db: SqlClient, io: CliIo): Promise<() => Promise<void>> {
  if (!(await db.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [WRITER_LOCK]))[0]?.locked) {
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(db.location))}: another wiretrace is adding to it; waiting\n`);
    await db.query('select pg_advisory_lock($1)', [WRITER_LOCK]);
  }
  return async () => { await db.query('select pg_advisory_unlock($1)', [WRITER_LOCK]); };
}

/** The stored stories as grouping reads them, brought up to date with what others stored since (`catchUp`). */
export interface StoredGrouping {
  readonly grouping: StoryGrouping;
  /** The refs of the versions this process placed as it added them (never filed in twice). */
  readonly own: Set<string>;
  /** File in every version stored since the last call (by another writer; this one's are placed as it adds them). */
  catchUp(): Promise<void>;
}

/** Read the stored versions back into a grouping (counted and indexed, nothing judged), so new articles group against them. */
export async function storedGrouping(db: SqlClient): Promise<StoredGrouping> {
  const grouping = emptyGrouping();
  const own = new Set<string>();
  let last = 0;
  const catchUp = async (): Promise<void> => {
    for await (const placed of readPlaced(db, 500, last)) {
      last = placed.id;
      if (own.has(placed.ref)) continue;
      restoreArticle(grouping, { id: placed.ref, title: placed.title, text: placed.text, language: placed.language }, placed.story);
    }
  };
  await catchUp();
  return { grouping, own, catchUp };
}

/**
 * Clean each input's documents on its own (a window of one: a page's stored text, and so whether it changed, must not
 * hang on what else was added with it) and add each article to the store, as `add` does; each outcome and problem is
 * passed to `onEvent` once committed. The cross-article pass runs over a story when it is analysed.
 */
export async function addReads(db: SqlClient, stored: StoredGrouping, reads: AsyncIterable<ReadInput>, options: ReadOptions, groupOptions: GroupOptions, counts: AddCounts, onEvent: (event: AddEvent) => void): Promise<void> {
  for await (const item of streamArticles(reads, { ...buildOptionsOf(options), windowDocuments: 1 })) {
    if (item.kind === 'problem') {
      onEvent(item);
      continue;
    }
    counts.read++;
    const outcome = await addArticle(db, stored.grouping, item.article, groupOptions);
    if (outcome.kind === 'stored') stored.own.add(outcome.ref);
    countOutcome(counts, outcome);
    onEvent({ kind: 'outcome', article: item.article, outcome });
  }
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

/** An outcome as the JSON line `add --json` prints for it. */
export function outcomeLine(article: Article, outcome: AddOutcome): string {
  const { kind, ...fields } = outcome;
  return `${JSON.stringify({ event: kind, source: article.source, ...fields })}\n`;
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

/** Analyse one stale story as `analyze` compares a bundle and store the analysis (once per set of versions). */
export async function analyseStory(db: SqlClient, story: StaleStory, embed: Parameters<typeof analyzeArticles>[1], warn: (message: string) => void): Promise<{ readonly report: Report; readonly saved: boolean }> {
  const report: Report = await analyzeStored(await readVersions(db, story.versions), { ...embed, onWarning: warn, onStage: heapCeiling(512) });
  return { report, saved: await saveAnalysis(db, story.id, story.versions, report) };
}

/** A story's analysis as the JSON line `add --json` prints for it. */
export function analysedLine(story: StaleStory, report: Report): string {
  return `${JSON.stringify({ event: 'analysed', story: story.key, versions: story.versions.length, claims: report.claims.length, findings: report.divergences.length })}\n`;
}
