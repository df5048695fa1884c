import type { DivergenceKind } from '../model/index.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** Which stored stories to list: every filter given must hold (for a version of one of the story's articles). */
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
 * The stories that match a filter, latest first: by the last publication (else arrival) of their versions. The
 * full-text query matches a version's words (any language) or its English stems, by the index of migration 3; the
 * order is the stories' `latest` (migration 5).
 */
export async function searchStories(db: Sql, filter: StoryFilter): Promise<StoryPage> {
  const rows = await db.query<{ id: number; key: string; latest: Date; total: number }>(
    `with hits as (
       select distinct m.story_id from versions v join story_members m on m.version_id = v.id
       where $6::text is not null and v.search @@ (websearch_to_tsquery('simple', $6) || websearch_to_tsquery('english', $6)))
     select s.id, s.key, s.latest, (count(*) over ())::integer as total
     from stories s
     where s.latest is not null
       and ($1::date is null or exists (select 1 from story_members m join versions v on v.id = m.version_id
                                        where m.story_id = s.id and v.published >= $1::date))
       and ($2::date is null or exists (select 1 from story_members m join versions v on v.id = m.version_id
                                        where m.story_id = s.id and v.published < $2::date + 1))
       and ($3::text is null or exists (select 1 from story_members m join versions v on v.id = m.version_id
                                        join articles a on a.id = v.article_id
                                        where m.story_id = s.id and lower(trim(a.outlet)) = lower(trim($3))))
       and ($4::text is null or exists (
             select 1 from (select finding_kinds from analyses where story_id = s.id order by id desc limit 1) an
             where an.finding_kinds ? $4))
       and ($5::text is null or exists (select 1 from story_members m join versions v on v.id = m.version_id
                                        where m.story_id = s.id
                                        and (lower(v.language) = lower($5) or lower(v.language) like lower($5) || '-%')))
       and ($6::text is null or s.id in (select story_id from hits))
     order by s.latest desc, s.id desc
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
