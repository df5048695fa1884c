import type PgBoss from 'pg-boss';
import type { analyzeArticles } from '../pipeline/analyze.ts';
import { analyseStory } from '../store/analyse-story.ts';
import { staleStories } from '../store/stale-stories.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { sendAnalyse, type AnalyseJob } from './send-jobs.ts';
import type { JobHandler } from './work-queue.ts';

// Any fixed number: the first key of a story's advisory lock (the second is its key's hash), held while it is analysed.
export const STORY_LOCK = 7_131_403;

/** What analysing needs: the store (its own connection: the story's lock is held on it), the queue, the encoder. */
export interface AnalyseContext {
  readonly db: SqlClient;
  readonly boss: PgBoss;
  readonly embed: Parameters<typeof analyzeArticles>[1];
  readonly warn: (message: string) => void;
  readonly debounce: number;
}

/**
 * Analyse a story's current versions, unless they were analysed already, and store the analysis (once per set of
 * versions). Never two at once on one story: its advisory lock is held while it runs (and freed by PostgreSQL if the
 * worker dies); a job that finds it held asks for the story again after the debounce and ends.
 */
export function analyseJobs(context: AnalyseContext): JobHandler<AnalyseJob> {
  const { db } = context;
  return async (jobs) => Promise.all(jobs.map(async (job) => {
    const { story } = job.data;
    const [held] = await db.query<{ locked: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as locked', [STORY_LOCK, story]);
    if (!held?.locked) {
      await sendAnalyse(context.boss, story, context.debounce);
      return { ok: true, output: { story, busy: true } } as const;
    }
    try {
      const [stale] = await staleStories(db, story);
      if (!stale) return { ok: true, output: { story, analysed: false } } as const;
      const { report, saved } = await analyseStory(db, stale, context.embed, context.warn);
      return { ok: true, output: { story, analysed: saved, versions: stale.versions.length, claims: report.claims.length, findings: report.divergences.length } } as const;
    } finally {
      await db.query('select pg_advisory_unlock($1, hashtext($2))', [STORY_LOCK, story]);
    }
  }));
}
