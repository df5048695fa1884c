import type { Story, StoryArticle, StoryReason } from '../model/index.ts';
import { biggestFirst, summarizeStory } from '../stories/summarize-stories.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/** The latest analysis of a stored story: how many versions it read, and what it found. */
export interface AnalysisSummary {
  readonly versions: number;
  readonly claims: number;
  readonly findings: number;
  readonly analysedAt: string;
  /** Whether it read the story's current versions (false: articles were added or changed since). */
  readonly current: boolean;
}

/** A stored story: as `stories` lists it (each article by its latest version), its versions, its latest analysis. */
export interface StoredStory extends Story {
  /** Versions stored over all its articles (more than its articles when some were edited). */
  readonly versions: number;
  readonly analysis: AnalysisSummary | null;
}

/** Every stored story, biggest first. */
export async function listStories(db: Sql): Promise<StoredStory[]> {
  const rows = await db.query<ArticleRow>(
    `select st.id as story_id, st.key as story, a.source, a.url, a.outlet, lv.ref, lv.title, lv.published, lv.language,
            lv.number as versions, lv.id as latest, fv.reason
     from articles a
     join lateral (select v.id, v.ref, v.title, v.published, v.language, v.number from versions v
                   where v.article_id = a.id order by v.number desc limit 1) lv on true
     join lateral (select v.id, m.reason, m.story_id from versions v join story_members m on m.version_id = v.id
                   where v.article_id = a.id order by v.number limit 1) fv on true
     join stories st on st.id = fv.story_id
     order by st.id, fv.id`);
  const analyses = new Map((await db.query<AnalysisRow>(
    `select distinct on (story_id) story_id, version_set, jsonb_array_length(versions) as versions,
            jsonb_array_length(claims) as claims, jsonb_array_length(findings) as findings, analysed_at
     from analyses order by story_id, id desc`)).map((r) => [r.story_id, r]));
  const byStory = new Map<number, ArticleRow[]>();
  for (const row of rows) {
    const members = byStory.get(row.story_id);
    if (members) members.push(row);
    else byStory.set(row.story_id, [row]);
  }
  return biggestFirst([...byStory].map(([id, members]) => {
    const articles = members.map((m): StoryArticle & { reason: StoryReason } => ({
      id: m.ref, source: m.source, url: m.url, title: m.title, outlet: m.outlet, published: isoOf(m.published), language: m.language, reason: reasonOf(m.reason),
    }));
    const analysis = analyses.get(id);
    const current = members.map((m) => m.latest).sort((a, b) => a - b).join(',');
    return {
      ...summarizeStory(members[0]!.story, articles),
      versions: members.reduce((n, m) => n + m.versions, 0),
      analysis: analysis ? {
        versions: analysis.versions, claims: analysis.claims, findings: analysis.findings,
        analysedAt: isoOf(analysis.analysed_at) ?? '', current: analysis.version_set === current,
      } : null,
    };
  }));
}

// A first version's reason is the one grouping gave it; anything else stored there reads as the start of a story.
function reasonOf(stored: unknown): StoryReason {
  const r = stored as Partial<StoryReason> | null;
  if (r && typeof r.on === 'string' && r.on !== 'first' && typeof r.matched === 'string') return r as StoryReason;
  return { matched: null, on: 'first', score: null, copy: null, words: null, anchors: null, shared: [] };
}

interface ArticleRow {
  readonly story_id: number;
  readonly story: string;
  readonly source: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly ref: string;
  readonly title: string | null;
  readonly published: Date | null;
  readonly language: string | null;
  readonly versions: number;
  readonly latest: number;
  readonly reason: unknown;
}

interface AnalysisRow {
  readonly story_id: number;
  readonly version_set: string;
  readonly versions: number;
  readonly claims: number;
  readonly findings: number;
  readonly analysed_at: Date;
}
