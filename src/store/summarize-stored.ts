import type { Story } from '../model/index.ts';
import { summarizeStory } from '../stories/summarize-stories.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** A stored story as a listing shows it, and what its latest analysis found, from the columns migration 3 keeps. */
export interface StorySummaryRow {
  readonly story: Omit<Story, 'articles'>;
  readonly articles: number;
  readonly versions: number;
  readonly analysis: { readonly id: number; readonly versions: number; readonly claims: number; readonly findings: number; readonly analysedAt: string; readonly current: boolean } | null;
  /** The latest analysis's findings by kind. */
  readonly kinds: Readonly<Record<string, number>>;
}

// Not shown by a summary: summarizeStory reads the articles' metadata, never why each joined.
const UNREAD_REASON = { matched: null, on: 'first', score: null, copy: null, words: null, anchors: null, shared: [] } as const;

/**
 * The summaries of the stories of these row ids, as `list` summarises them (each article by its latest version, in
 * order of arrival), reading only those stories' rows and never an analysis's claims or findings.
 */
export async function summarizeStored(db: Sql, ids: readonly number[]): Promise<Map<number, StorySummaryRow>> {
  // one statement: each story's articles, its latest analysis on the first of them (one round trip, not two); the ids as
  // an array, which the planner reads through the indexes (from a JSON list's elements it scanned every member)
  const rows = await db.query<ArticleRow & Partial<AnalysisRow>>(
    `with latest as (
       select distinct on (v.article_id) v.article_id, v.id, v.ref, v.title, v.published, v.language, v.number, m.story_id
       from story_members m join versions v on v.id = m.version_id
       where m.story_id = any(string_to_array($1, ',')::integer[])
       order by v.article_id, v.number desc),
     analysed as (
       select distinct on (story_id) id, story_id, version_set, version_count, claim_count, finding_count, finding_kinds, analysed_at
       from analyses where story_id = any(string_to_array($1, ',')::integer[]) order by story_id, id desc),
     listed as (
       select l.story_id, s.key, l.id, l.ref, l.title, l.published, l.language, l.number, a.source, a.url, a.outlet, a.id as article,
              a.id = min(a.id) over (partition by l.story_id) as first
       from latest l join articles a on a.id = l.article_id join stories s on s.id = l.story_id)
     select l.story_id, l.key, l.id, l.ref, l.title, l.published, l.language, l.number, l.source, l.url, l.outlet,
            an.id as analysis_id, an.version_set, an.version_count, an.claim_count, an.finding_count, an.finding_kinds, an.analysed_at
     from listed l left join analysed an on l.first and an.story_id = l.story_id
     order by l.story_id, l.article`, [ids.join(',')]);
  const byStory = new Map<number, ArticleRow[]>();
  const analysisOf = new Map<number, AnalysisRow>();
  for (const row of rows) {
    const members = byStory.get(row.story_id);
    if (members) members.push(row);
    else byStory.set(row.story_id, [row]);
    if (row.analysis_id != null) analysisOf.set(row.story_id, row as AnalysisRow);
  }
  const out = new Map<number, StorySummaryRow>();
  for (const [id, members] of byStory) {
    const { articles: _articles, ...story } = summarizeStory(members[0]!.key, members.map((m) => ({
      id: m.ref, source: m.source, url: m.url, title: m.title, outlet: m.outlet, published: isoOf(m.published), language: m.language, reason: UNREAD_REASON,
    })));
    const an = analysisOf.get(id);
    const kinds: Record<string, number> = {};
    for (const kind of an?.finding_kinds ?? []) kinds[kind] = (kinds[kind] ?? 0) + 1;
    out.set(id, {
      story,
      articles: members.length,
      versions: members.reduce((n, m) => n + m.number, 0),
      analysis: an ? {
        id: an.analysis_id, versions: an.version_count, claims: an.claim_count, findings: an.finding_count, analysedAt: isoOf(an.analysed_at) ?? '',
        current: an.version_set === members.map((m) => m.id).sort((a, b) => a - b).join(','),
      } : null,
      kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b))),
    });
  }
  return out;
}

interface ArticleRow {
  readonly story_id: number;
  readonly key: string;
  readonly id: number;
  readonly ref: string;
  readonly title: string | null;
  readonly published: Date | null;
  readonly language: string | null;
  readonly number: number;
  readonly source: string;
  readonly url: string | null;
  readonly outlet: string | null;
}

interface AnalysisRow {
  readonly analysis_id: number;
  readonly version_set: string;
  readonly version_count: number;
  readonly claim_count: number;
  readonly finding_count: number;
  readonly finding_kinds: string[] | null;
  readonly analysed_at: Date;
}
