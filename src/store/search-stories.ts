import type { DivergenceKind } from '../model/index.ts';
import { isoOf } from './read-versions.ts';
import type { Reader, Sql } from './sql-client.ts';

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
 *
 * A query is answered from the index: the planner's cost of reading every version counts the table's own pages, not
 * the search vectors kept out of line (TOAST, ten times the table), so for a word in one version of ten it chose to
 * read them all (80-140 ms on 10,000 versions, against 7-19 ms from the index: `npm run bench:serve`). So the matching
 * versions are found first, with sequential scans off for that transaction only.
 */
export async function searchStories(db: Reader, filter: StoryFilter): Promise<StoryPage> {
  const q = filter.q?.trim() || null;
  if (q === null) return pageOf(db, filter, null);
  return db.transaction(async (tx) => {
    await tx.exec('set local enable_seqscan = off');
    return pageOf(tx, filter, q);
  });
}

async function pageOf(db: Sql, filter: StoryFilter, q: string | null): Promise<StoryPage> {
  const rows = await db.query<{ id: number; key: string; latest: Date; total: number }>(
    `with matched as materialized (
       select id from versions
       where $6::text is not null and search @@ (websearch_to_tsquery('simple', $6) || websearch_to_tsquery('english', $6))),
     hits as (select distinct m.story_id from matched v join story_members m on m.version_id = v.id)
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
      q, filter.limit, filter.offset]);
  // past the last page no row carries the count: asked again from the start
  const total = rows[0]?.total ?? (filter.offset > 0 ? (await pageOf(db, { ...filter, limit: 1, offset: 0 }, q)).total : 0);
  return { total, stories: rows.map((r) => ({ id: r.id, key: r.key, latest: isoOf(r.latest) ?? '' })) };
}
