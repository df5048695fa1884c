import type { Sql } from './sql-client.ts';

/** How far a story has come: its stored versions and its latest analysis. Versions and analyses are only added. */
export interface StoryState {
  readonly versions: number;
  readonly analysis: number | null;
}

/** A stored story's row id and state, by its key, in one statement (two index reads); null when it is not stored. */
export async function readStoryState(db: Sql, key: string): Promise<{ readonly id: number; readonly state: StoryState } | null> {
  const [row] = await db.query<{ id: number; versions: number; analysis: number | null }>(
    `select s.id, (select count(*)::integer from story_members where story_id = s.id) as versions,
            (select max(id) from analyses where story_id = s.id) as analysis
     from stories s where s.key = $1`, [key]);
  return row ? { id: row.id, state: { versions: row.versions, analysis: row.analysis } } : null;
}

/** The entity tag of a story's state: the same whenever nothing was added to the story. */
export function storyStateTag(state: StoryState): string {
  return `"${state.versions}.${state.analysis ?? 0}"`;
}
