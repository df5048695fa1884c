import type { Sql } from './sql-client.ts';

/** How far a story has come: its stored versions and its latest analysis. Versions and analyses are only added. */
export interface StoryState {
  readonly versions: number;
  readonly analysis: number | null;
}

/**
 * The columns `versions` and `analysis` of the state of the story whose row id is `story` (an SQL expression): two
 * index reads, for any statement that lists stories with their states.
 */
export function stateColumns(story: string): string {
  return `(select count(*)::integer from story_members where story_id = ${story}) as versions,
            (select max(id) from analyses where story_id = ${story}) as analysis`;
}

/** A stored story's row id and state, by its key, in one statement (two index reads); null when it is not stored. */
export async function readStoryState(db: Sql, key: string): Promise<{ readonly id: number; readonly state: StoryState } | null> {
  const [row] = await db.query<{ id: number; versions: number; analysis: number | null }>(
    `select s.id, ${stateColumns('s.id')}
     from stories s where s.key = $1`, [key]);
  return row ? { id: row.id, state: { versions: row.versions, analysis: row.analysis } } : null;
}

/** The entity tag of a story's state: the same whenever nothing was added to the story. */
export function storyStateTag(state: StoryState): string {
  return `"${state.versions}.${state.analysis ?? 0}"`;
}
