import type { BaselineUsed, Claim, CopyEdge, CopyGroup, Divergence, NotCompared, Origin, Span } from '../model/index.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** A stored analysis as it was saved: the versions it read (row ids) and the report but its articles. */
export interface StoredAnalysis {
  readonly id: number;
  readonly versions: readonly number[];
  readonly claims: readonly Claim[];
  readonly divergences: readonly Divergence[];
  readonly unique: readonly Span[];
  readonly origins: readonly Origin[];
  readonly copying: readonly CopyEdge[];
  readonly copies: readonly CopyGroup[];
  readonly baseline: BaselineUsed | null;
  /** The language compared (absent from analyses stored before it was kept), and the versions in others, not compared. */
  readonly comparedLanguage?: string | null;
  readonly notCompared: readonly NotCompared[];
  readonly analysedAt: string;
}

/** One publication of a story: a stored version of one of its articles. */
export interface TimelineEntry {
  readonly ref: string;
  /** The article's key (its URL, else its file) and the version's number there. */
  readonly article: string;
  readonly version: number;
  readonly url: string | null;
  /** Where this version was fetched from after redirects, when not `url`; else null. */
  readonly finalUrl: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly language: string | null;
  readonly published: string | null;
  readonly fetchedAt: string;
}

/** A stored story's row id by its key (its first article's id), or null. */
export async function findStory(db: Sql, key: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }>('select id from stories where key = $1', [key]);
  return row?.id ?? null;
}

/** The id of a story's latest analysis, or the given one when it is this story's; null when there is none. */
export async function findAnalysis(db: Sql, story: number, id?: number): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    'select id from analyses where story_id = $1 and ($2::integer is null or id = $2) order by id desc limit 1', [story, id ?? null]);
  return row?.id ?? null;
}

/** A story's latest analysis, or the one of the given id when it is this story's; null when there is none. */
export async function readAnalysis(db: Sql, story: number, id?: number): Promise<StoredAnalysis | null> {
  const [row] = await db.query<AnalysisRow>(
    `select id, versions, claims, findings, extra, analysed_at from analyses
     where story_id = $1 and ($2::integer is null or id = $2) order by id desc limit 1`, [story, id ?? null]);
  if (!row) return null;
  return {
    id: row.id,
    versions: row.versions,
    claims: row.claims,
    divergences: row.findings,
    unique: row.extra.unique ?? [],
    origins: row.extra.origins ?? [],
    copying: row.extra.copying ?? [],
    copies: row.extra.copies ?? [],
    baseline: row.extra.baseline ?? null,
    ...(row.extra.comparedLanguage !== undefined && { comparedLanguage: row.extra.comparedLanguage }),
    notCompared: row.extra.notCompared ?? [],
    analysedAt: isoOf(row.analysed_at) ?? '',
  };
}

/** Every stored version of a story's articles, in order of publication (undated ones by when they were read). */
export async function readTimeline(db: Sql, story: number): Promise<TimelineEntry[]> {
  const rows = await db.query<TimelineRow>(
    `select v.ref, a.key, v.number, a.url, v.final_url, a.outlet, v.title, v.language, v.published, v.fetched_at
     from versions v join articles a on a.id = v.article_id join story_members m on m.version_id = v.id
     where m.story_id = $1 order by coalesce(v.published, v.fetched_at), v.id`, [story]);
  return rows.map((r) => ({
    ref: r.ref, article: r.key, version: r.number, url: r.url, finalUrl: r.final_url, outlet: r.outlet, title: r.title, language: r.language,
    published: isoOf(r.published), fetchedAt: isoOf(r.fetched_at) ?? '',
  }));
}

interface AnalysisRow {
  readonly id: number;
  readonly versions: number[];
  readonly claims: Claim[];
  readonly findings: Divergence[];
  readonly extra: { unique?: Span[]; origins?: Origin[]; copying?: CopyEdge[]; copies?: CopyGroup[]; baseline?: BaselineUsed | null;
    comparedLanguage?: string | null; notCompared?: NotCompared[] };
  readonly analysed_at: Date;
}

interface TimelineRow {
  readonly ref: string;
  readonly key: string;
  readonly number: number;
  readonly url: string | null;
  readonly final_url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly language: string | null;
  readonly published: Date | null;
  readonly fetched_at: Date;
}
