import { emptyGrouping, restoreArticle, type StoryGrouping } from '../stories/group-stories.ts';
import { readPlaced } from './read-placed.ts';
import type { Sql } from './sql-client.ts';

/** Any fixed number: held by the one process writing to a store, so two writers never group against stale piles. */
export const WRITER_LOCK = 7_131_402;

/**
 * Take the store's writer lock, waiting while another process holds it (`onWait` is told once, before waiting).
 * Resolves to the function that releases it.
 */
export async function lockWriter(db: Sql, onWait: () => void = () => undefined): Promise<() => Promise<void>> {
  if (!(await tryLockWriter(db))) {
    onWait();
    await db.query('select pg_advisory_lock($1)', [WRITER_LOCK]);
  }
  return async () => { await db.query('select pg_advisory_unlock($1)', [WRITER_LOCK]); };
}

/** Take the store's writer lock if no other session holds it; resolves to whether it was taken. */
export async function tryLockWriter(db: Sql): Promise<boolean> {
  return (await db.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [WRITER_LOCK]))[0]?.locked ?? false;
}

/** The stored stories as grouping reads them, brought up to date with what others stored since (`catchUp`). */
export interface StoredGrouping {
  readonly grouping: StoryGrouping;
  /** The refs of the versions this process placed as it added them (never filed in twice). */
  readonly own: Set<string>;
  /** File in every version stored since the last call (by another writer; this one's are placed as it adds them). */
  catchUp(): Promise<void>;
  /**
   * Versions up to this row id are in the grouping (this process stored them under the writer lock, after a
   * `catchUp` under the same lock): the next `catchUp` does not read them again.
   */
  skipTo(id: number): void;
  /** Read the whole grouping again from the store (after placing that was not committed). */
  reload(): Promise<void>;
}

/** Read the stored versions back into a grouping (counted and indexed, nothing judged), so new articles group against them. */
export async function storedGrouping(db: Sql): Promise<StoredGrouping> {
  let grouping = emptyGrouping();
  let own = new Set<string>();
  let last = 0;
  const catchUp = async (): Promise<void> => {
    for await (const placed of readPlaced(db, 500, last)) {
      last = placed.id;
      if (own.has(placed.ref)) continue;
      restoreArticle(grouping, { id: placed.ref, title: placed.title, text: placed.text, language: placed.language }, placed.story);
    }
  };
  await catchUp();
  return {
    get grouping() { return grouping; },
    get own() { return own; },
    catchUp,
    skipTo: (id) => { last = Math.max(last, id); },
    reload: async () => {
      grouping = emptyGrouping();
      own = new Set();
      last = 0;
      await catchUp();
    },
  };
}
