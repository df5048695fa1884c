import type PgBoss from 'pg-boss';
import type { GroupOptions } from '../stories/group-stories.ts';
import { addArticle } from '../store/add-article.ts';
import { findArticle } from '../store/find-article.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { StoredGrouping } from '../cli/store-writer.ts';
import { sendAnalyse, type AddJob } from './send-jobs.ts';
import { messageOf, type JobHandler, type JobResult } from './work-queue.ts';

/** What storing articles needs: the store (its own connection), the stored stories, the writer lock, the debounce. */
export interface AddContext {
  readonly db: SqlClient;
  readonly boss: PgBoss;
  readonly stored: StoredGrouping;
  readonly groupOptions: GroupOptions;
  /** Take the store's writer lock; resolves to its release. */
  readonly lock: () => Promise<() => Promise<void>>;
  /** Seconds a story's analysis waits for more articles. */
  readonly debounce: number;
}

/**
 * Store a batch of articles as `add` stores them, under the store's writer lock (one writer places articles at a
 * time, so every placement sees every stored article: the grouping catches up with what other workers stored first),
 * then ask for the analysis of each story they are in. An article already stored (its job run again after a worker
 * died) is found unchanged and stored nothing, and its story is asked for again, so no analysis is lost either.
 */
export function addJobs(context: AddContext): JobHandler<AddJob> {
  return async (jobs) => {
    const { db, stored } = context;
    const results: JobResult[] = [];
    const stories = new Set<string>();
    // what the other workers stored is filed in before the lock is taken (under it, only what they stored since):
    // the lock is held for placing this batch, not for reading every other worker's articles
    await stored.catchUp();
    const release = await context.lock();
    try {
      await stored.catchUp();
      for (const job of jobs) {
        try {
          const outcome = await addArticle(db, stored.grouping, job.data.article, context.groupOptions);
          if (outcome.kind === 'stored') stored.own.add(outcome.ref);
          // a story this article starts has nothing to compare yet: the next article to join it asks for its analysis
          const story = outcome.kind === 'stored' ? (outcome.newStory ? undefined : outcome.story)
            : outcome.kind === 'unchanged' ? (await findArticle(db, outcome.key))?.story : undefined;
          if (story !== undefined) stories.add(story);
          const { kind, key } = outcome;
          results.push({ ok: true, output: { outcome: kind, key, ...(outcome.kind === 'stored' && { version: outcome.version, story: outcome.story, edits: outcome.edits?.length ?? 0 }) } });
        } catch (error) {
          results.push({ ok: false, error: messageOf(error) });
        }
      }
    } finally {
      await release();
    }
    for (const story of stories) await sendAnalyse(context.boss, story, context.debounce);
    return results;
  };
}
