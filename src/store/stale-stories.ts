import type { Sql } from './sql-client.ts';

/** A story whose current versions (each article's latest) have no stored analysis. */
export interface StaleStory {
  readonly id: number;
  readonly key: string;
  readonly versions: readonly number[];
}

/**
 * The stories of two or more articles whose set of current versions was never analysed: those `add` just changed,
 * and any an interrupted run left behind. With `story` (a story's key), that story alone, if it is stale.
 */
export async function staleStories(db: Sql, story?: string): Promise<StaleStory[]> {
  const rows = await db.query<{ id: number; key: string; version_set: string }>(
    `with latest as (
       select distinct on (v.article_id) v.id, m.story_id from versions v
       join story_members m on m.version_id = v.id
       ${story === undefined ? '' : 'where m.story_id = (select id from stories where key = $1)'}
       order by v.article_id, v.number desc),
     sets as (
       select story_id, string_agg(id::text, ',' order by id) as version_set, count(*) as n from latest group by story_id)
     select s.id, s.key, sets.version_set from sets join stories s on s.id = sets.story_id
     where sets.n >= 2 and not exists (select 1 from analyses a where a.story_id = sets.story_id and a.version_set = sets.version_set)
     order by s.id`, story === undefined ? [] : [story]);
  return rows.map((r) => ({ id: r.id, key: r.key, versions: r.version_set.split(',').map(Number) }));
}
