import { listStories } from '../store/list-stories.ts';
import { findingKinds, searchStories, type StoryFilter } from '../store/search-stories.ts';
import type { StoredStory } from '../store/list-stories.ts';
import type { Sql } from '../store/sql-client.ts';

/** A story as the listing shows it: its summary, without its articles' details, and its findings by kind. */
export interface StorySummary {
  readonly id: string;
  readonly title: string | null;
  readonly first: string | null;
  readonly last: string | null;
  /** Its last publication (else when its last article was stored): what "latest first" sorts by. */
  readonly latest: string;
  readonly outlets: readonly string[];
  readonly languages: readonly string[];
  readonly articles: number;
  readonly versions: number;
  readonly analysis: StoredStory['analysis'];
  /** The latest analysis's findings by kind. */
  readonly findings: Readonly<Record<string, number>>;
}

/** One page of the stored stories that match a filter, latest first. */
export async function readStories(db: Sql, filter: StoryFilter): Promise<{ total: number; stories: StorySummary[] }> {
  const page = await searchStories(db, filter);
  const ids = page.stories.map((s) => s.id);
  const [stories, kinds] = await Promise.all([listStories(db, ids), findingKinds(db, ids)]);
  const byKey = new Map(stories.map((s) => [s.id, s]));
  return {
    total: page.total,
    stories: page.stories.flatMap((row) => {
      const story = byKey.get(row.key);
      return story ? [summaryOf(story, row.latest, kinds.get(row.id) ?? {})] : [];
    }),
  };
}

/** A stored story's summary. */
export function summaryOf(story: StoredStory, latest: string, findings: Readonly<Record<string, number>>): StorySummary {
  return {
    id: story.id, title: story.title, first: story.first, last: story.last, latest, outlets: story.outlets,
    languages: story.languages, articles: story.articles.length, versions: story.versions, analysis: story.analysis, findings,
  };
}
