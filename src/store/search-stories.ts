import type { DivergenceKind } from '../model/index.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** Which stored stories to list: every filter given must hold (an article of the story, by its latest version). */
export interface StoryFilter {
  /** Published on or after this day (`YYYY-MM-DD`). */
  readonly from?: string;
  /** Published on or before this day. */
  readonly to?: string;
  /** Carried by this outlet (its name, any case). */
  readonly outlet?: string;
  /** Its latest analysis has a finding of this kind. */
  readonly kind?: DivergenceKind;
  /** In this language (a primary tag, "en", matches "en-GB"). */
  readonly language?: string;
  /** Full-text search over every version's title and text (web search syntax: "quoted phrase", -word, or). */
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

/** One page of matching stories (row id and key), latest first, and how many match in all. */
export interface StoryPage {
  readonly total: number;
  readonly stories: readonly { readonly id: number; readonly key: string; readonly latest: string }[];
}

/**
 * The stories that match a filter, latest first: by the last publication (else arrival) of their articles' latest
 * versions. The full-text query matches a version's words (any language) or its English stems, by the index of
 * migration 2.
 */
export async function searchStories(db: Sql, filter: StoryFilter): Promise<StoryPage> {
  const rows = await db.query<{ id: number; key: string; latest: Date; total: number }>(
    `with latest as (
       select distinct on (v.article_id) v.article_id, v.published, v.language, v.added_at, m.story_id
       from versions v join story_members m on m.version_id = v.id order by v.article_id, v.number desc),
     spans as (select story_id, max(coalesce(published, added_at)) as latest from latest group by story_id)
     select s.id, s.key, sp.latest, (count(*) over ())::integer as total
     from stories s join spans sp on sp.story_id = s.id
     where ($1::date is null or exists (select 1 from latest l where l.story_id = s.id and l.published >= $1::date))
       and ($2::date is null or exists (select 1 from latest l where l.story_id = s.id and l.published < $2::date + 1))
       and ($3::text is null or exists (select 1 from latest l join articles a on a.id = l.article_id
                                        where l.story_id = s.id and lower(trim(a.outlet)) = lower(trim($3))))
       and ($4::text is null or exists (
             select 1 from (select findings from analyses where story_id = s.id order by id desc limit 1) an,
             jsonb_array_elements(an.findings) f where f->>'kind' = $4))
       and ($5::text is null or exists (select 1 from latest l where l.story_id = s.id
                                        and (lower(l.language) = lower($5) or lower(l.language) like lower($5) || '-%')))
       and ($6::text is null or exists (
             select 1 from versions v join story_members m on m.version_id = v.id where m.story_id = s.id
             and v.search @@ (websearch_to_tsquery('simple', $6) || websearch_to_tsquery('english', $6))))
     order by sp.latest desc, s.id desc
     limit $7 offset $8`,
    [filter.from ?? null, filter.to ?? null, filter.outlet ?? null, filter.kind ?? null, filter.language ?? null,
      filter.q?.trim() || null, filter.limit, filter.offset]);
  const total = rows[0]?.total ?? (filter.offset > 0 ? await countAll(db, filter) : 0);
  return { total, stories: rows.map((r) => ({ id: r.id, key: r.key, latest: isoOf(r.latest) ?? '' })) };
}

// Past the last page no row carries the count: asked again from the start.
async function countAll(db: Sql, filter: StoryFilter): Promise<number> {
  return (await searchStories(db, { ...filter, limit: 1, offset: 0 })).total;
}

/** The findings of each story's latest analysis, counted by kind. */
export async function findingKinds(db: Sql, stories: readonly number[]): Promise<Map<number, Record<string, number>>> {
  const rows = await db.query<{ story_id: number; kind: string; n: number }>(
    `select an.story_id, f->>'kind' as kind, count(*)::integer as n
     from (select distinct on (story_id) story_id, findings from analyses
           where story_id in (select (jsonb_array_elements_text($1::jsonb))::integer) order by story_id, id desc) an,
     jsonb_array_elements(an.findings) f group by an.story_id, f->>'kind' order by an.story_id, kind`, [JSON.stringify(stories)]);
  const out = new Map<number, Record<string, number>>();
  for (const r of rows) out.set(r.story_id, { ...out.get(r.story_id), [r.kind]: r.n });
  return out;
}
