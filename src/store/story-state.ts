import type { Sql } from './sql-client.ts';

/** How far a story has come: its stored versions and its latest analysis. Versions and analyses are only added. */
export interface StoryState {
  readonly versions: number;
  readonly analysis: number | null;
}

/** A story's state by its row id, in two index reads (what a page polls to learn that it changed). */
export async function readStoryState(db: Sql, story: number): Promise<StoryState> {
  const [row] = await db.query<{ versions: number; analysis: number | null }>(
    `select (select count(*)::integer from story_members where story_id = $1) as versions,
            (select max(id) from analyses where story_id = $1) as analysis`, [story]);
  return { versions: row?.versions ?? 0, analysis: row?.analysis ?? null };
}

/** The entity tag of a story's state: the same whenever nothing was added to the story. */
export function storyStateTag(state: StoryState): string {
  return `"${state.versions}.${state.analysis ?? 0}"`;
}
