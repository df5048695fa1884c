import type { BaselineUsed, CopyGroup, DivergenceKind } from '../model/index.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** An article of a story the outlet carries, by its latest version. */
export interface OutletStoryArticle {
  readonly ref: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

/** A story an outlet carries: every article of it (by latest version), and what its latest analysis found. */
export interface OutletStoryRows {
  readonly id: number;
  readonly key: string;
  readonly articles: readonly OutletStoryArticle[];
  /** The latest analysis: the versions it read (ref and outlet), each finding's article and kind, the copies, the baseline. */
  readonly analysis: {
    readonly id: number;
    readonly refs: readonly { readonly ref: string; readonly outlet: string | null }[];
    readonly findings: readonly { readonly article: string; readonly kind: DivergenceKind }[];
    readonly copies: readonly CopyGroup[];
    readonly baseline: BaselineUsed | null;
  } | null;
}

/** The stories carrying an article of this outlet (its name, any case), with what `outletRecord` needs of each. */
export async function readOutlet(db: Sql, outlet: string): Promise<OutletStoryRows[]> {
  const articles = await db.query<{ story_id: number; key: string; ref: string; outlet: string | null; title: string | null; published: Date | null }>(
    `with latest as (
       select distinct on (v.article_id) v.ref, v.title, v.published, a.outlet, m.story_id
       from versions v join articles a on a.id = v.article_id join story_members m on m.version_id = v.id
       order by v.article_id, v.number desc)
     select l.story_id, s.key, l.ref, l.outlet, l.title, l.published from latest l join stories s on s.id = l.story_id
     where l.story_id in (select story_id from latest where lower(trim(outlet)) = lower(trim($1)))
     order by l.story_id, coalesce(l.published, 'infinity'::timestamptz), l.ref`, [outlet]);
  const ids = [...new Set(articles.map((a) => a.story_id))];
  const analyses = await db.query<{ id: number; story_id: number; refs: { ref: string; outlet: string | null }[]; findings: { article: string; kind: DivergenceKind }[]; copies: CopyGroup[] | null; baseline: BaselineUsed | null }>(
    `with an as (
       select distinct on (story_id) id, story_id, versions, findings, extra from analyses
       where story_id in (select (jsonb_array_elements_text($1::jsonb))::integer) order by story_id, id desc)
     select an.id, an.story_id,
       (select coalesce(jsonb_agg(jsonb_build_object('ref', v.ref, 'outlet', a.outlet)), '[]'::jsonb) from jsonb_array_elements_text(an.versions) x
          join versions v on v.id = x::integer join articles a on a.id = v.article_id) as refs,
       (select coalesce(jsonb_agg(jsonb_build_object('article', f->>'article', 'kind', f->>'kind')), '[]'::jsonb)
          from jsonb_array_elements(an.findings) f) as findings,
       an.extra->'copies' as copies, an.extra->'baseline' as baseline
     from an`, [JSON.stringify(ids)]);
  const byStory = new Map(analyses.map((a) => [a.story_id, a]));
  return ids.map((id) => {
    const mine = articles.filter((a) => a.story_id === id);
    const an = byStory.get(id);
    return {
      id,
      key: mine[0]!.key,
      articles: mine.map((a) => ({ ref: a.ref, outlet: a.outlet, title: a.title, published: isoOf(a.published) })),
      analysis: an ? { id: an.id, refs: an.refs, findings: an.findings, copies: an.copies ?? [], baseline: an.baseline } : null,
    };
  });
}

/** Every outlet named in the store, with how many articles it has, most first. */
export async function listOutlets(db: Sql): Promise<{ readonly outlet: string; readonly articles: number }[]> {
  return db.query<{ outlet: string; articles: number }>(
    `select min(trim(outlet)) as outlet, count(*)::integer as articles from articles
     where outlet is not null and trim(outlet) <> '' group by lower(trim(outlet)) order by articles desc, outlet`);
}
