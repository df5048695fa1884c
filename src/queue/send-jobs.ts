import type PgBoss from 'pg-boss';
import type { Article, RawDocument } from '../model/index.ts';
import type { BuildOptions } from '../pipeline/clean-documents.ts';
import { QUEUES } from './job-queue.ts';

/** A `fetch` job: one URL and the limits it is read under. */
export interface FetchJob {
  readonly url: string;
  readonly read: { readonly allowPrivate: boolean; readonly timeoutMs?: number; readonly maxBytes?: number; readonly maxItems?: number };
  readonly build: BuildOptions;
}
/** A `clean` job: one raw document and the cleaning budgets. */
export interface CleanJob { readonly document: RawDocument; readonly build: BuildOptions }
/** An `add` job: one clean article. */
export interface AddJob { readonly article: Article }
/** An `analyse` job: one story, by key. */
export interface AnalyseJob { readonly story: string }
/** A `poll` job: one watched feed, by id. */
export interface PollJob { readonly feed: number; readonly url: string }

// pg-boss inserts a batch in one statement; past a few hundred the statement grows without saving more
const INSERT_BATCH = 200;

/** Put jobs on a queue, a few hundred per statement. */
export async function sendJobs<T extends object>(boss: PgBoss, name: string, data: readonly T[], options: Omit<PgBoss.JobInsert, 'name' | 'data'> = {}): Promise<void> {
  for (let i = 0; i < data.length; i += INSERT_BATCH) {
    await boss.insert(data.slice(i, i + INSERT_BATCH).map((d) => ({ ...options, name, data: d })));
  }
}

/**
 * Ask for a story's analysis in `debounce` seconds. One is queued per story (the queue's `short` policy and the
 * story as singleton key): while one waits, asking again adds nothing, so many new articles make one run.
 */
export async function sendAnalyse(boss: PgBoss, story: string, debounce: number): Promise<void> {
  await boss.send(QUEUES.analyse, { story } satisfies AnalyseJob, { singletonKey: story, startAfter: Math.max(0, Math.round(debounce)) });
}
