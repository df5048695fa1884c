import type PgBoss from 'pg-boss';
import type { GroupOptions } from '../stories/group-stories.ts';
import { addArticles, prepareArticle, type Added, type PreparedArticle } from '../store/add-article.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { storedGrouping, tryLockWriter, WRITER_LOCK, type StoredGrouping } from '../store/stored-grouping.ts';
import { sendAnalyse, type AddJob } from './send-jobs.ts';
import { messageOf, type JobHandler, type JobResult, type QueueGate } from './work-queue.ts';

/** What storing articles needs: the store (its own connection: it holds the writer lock), the queue, the debounce. */
export interface AddContext {
  readonly db: SqlClient;
  readonly boss: PgBoss;
  readonly groupOptions: GroupOptions;
  /** Seconds a story's analysis waits for more articles. */
  readonly debounce: number;
  /** Milliseconds the writer lock is kept while the `add` queue is empty, before it is freed. */
  readonly holdMs: number;
  /** How many `add` jobs are taken at once: a batch that full means more are waiting. */
  readonly batchSize: number;
}

/** The `add` queue's handler, the gate that lets one worker at a time take its jobs, and the gate for its other work. */
export interface AddWork {
  readonly handle: JobHandler<AddJob>;
  readonly gate: QueueGate;
  /**
   * Closed while this worker holds the writer lock and is behind with placing (its last batch was full): its other
   * loops (cleaning, analysing) then take no jobs, so placing, which nobody else may do meanwhile, is not slowed by
   * work any worker can do.
   */
  readonly others: QueueGate;
}

/**
 * Store articles as `add` stores them. Placing is serial (an article joins the best stored match, so each placement
 * must see every article stored before it): one worker at a time takes `add` jobs, the one holding the store's writer
 * lock (the gate takes it when free and keeps it while there are jobs; freed once the queue has been empty for
 * `holdMs`, or by PostgreSQL when the worker dies, another worker takes it over). The worker holding it keeps the stored stories in
 * memory, read once when it first takes the lock and brought up to date with what others stored each time it takes it
 * again, so no worker reads back what another stored while it places, and the other workers clean and analyse.
 * A batch's articles are read (key, content hash, grouping features) before it is placed; then placed and stored with
 * a few statements and one transaction for the whole batch. An article already stored (its job run again after a
 * worker died) is found unchanged and stored nothing, and its story is asked for again, so no analysis is lost
 * either. Then each story the batch's articles are in is asked to be analysed.
 */
export function addJobs(context: AddContext): AddWork {
  const { db } = context;
  let stored: StoredGrouping | undefined;
  let holding = false;
  // when the queue was first found empty since the last batch (0: it was not)
  let emptySince = 0;
  // whether the last batch was full: more are waiting
  let behind = false;
  const gate: QueueGate = {
    claim: async () => {
      if (holding) return true;
      if (!(await tryLockWriter(db))) return false;
      holding = true;
      try {
        // what others stored while this worker did not hold the lock
        if (stored) await stored.catchUp();
        else stored = await storedGrouping(db);
      } catch (error) {
        await gate.release();
        throw error;
      }
      return true;
    },
    // freed once the queue has stayed empty a while: a moment's gap between cleaned articles does not hand placing to
    // another worker, which would first have to read back everything stored since it last placed
    idle: async () => {
      behind = false;
      if (!holding) return;
      const now = Date.now();
      if (emptySince === 0) emptySince = now;
      else if (now - emptySince >= context.holdMs) await gate.release();
    },
    release: async () => {
      if (!holding) return;
      holding = false;
      behind = false;
      emptySince = 0;
      await db.query('select pg_advisory_unlock($1)', [WRITER_LOCK]);
    },
  };
  const others: QueueGate = {
    claim: async () => !(holding && behind),
    idle: async () => undefined,
    release: async () => undefined,
  };
  const handle: JobHandler<AddJob> = async (jobs) => {
    emptySince = 0;
    behind = jobs.length >= context.batchSize;
    const prepared: (PreparedArticle | Error)[] = jobs.map((job) => {
      try {
        return prepareArticle(job.data.article);
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    if (!holding || !stored) throw new Error('the add queue\'s gate was not claimed');
    const ready = prepared.filter((p): p is PreparedArticle => !(p instanceof Error));
    let added: (Added | Error)[];
    try {
      added = await addArticles(db, stored.grouping, ready, context.groupOptions);
    } catch {
      // the batch's placements are in memory, not in the store: read the grouping again, and store each article
      // alone, so that only the one that fails fails
      await stored.reload();
      added = [];
      for (const p of ready) {
        try {
          added.push(...await addArticles(db, stored.grouping, [p], context.groupOptions));
        } catch (error) {
          await stored.reload();
          added.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
    const stories = new Set<string>();
    let maxId = 0;
    for (const a of added) {
      if (a instanceof Error) continue;
      if (a.outcome.kind === 'stored') stored.own.add(a.outcome.ref);
      maxId = Math.max(maxId, a.versionId ?? 0);
      // a story this article starts has nothing to compare yet: the next article to join it asks for its analysis
      if (a.story !== undefined && !(a.outcome.kind === 'stored' && a.outcome.newStory)) stories.add(a.story);
    }
    // stored under the lock, after every other writer's versions were read in: not to be read back
    stored.skipTo(maxId);
    let next = 0;
    const results = prepared.map((p): JobResult => {
      if (p instanceof Error) return { ok: false, error: messageOf(p) };
      const a = added[next++]!;
      if (a instanceof Error) return { ok: false, error: messageOf(a) };
      const { outcome } = a;
      const { kind, key } = outcome;
      return { ok: true, output: { outcome: kind, key, ...(outcome.kind === 'stored' && { version: outcome.version, story: outcome.story, edits: outcome.edits?.length ?? 0 }) } };
    });
    for (const story of stories) await sendAnalyse(context.boss, story, context.debounce);
    return results;
  };
  return { handle, gate, others };
}
