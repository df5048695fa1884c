import { searchStories, type StoryFilter } from '../store/search-stories.ts';
import type { StorySummaryRow } from '../store/summarize-stored.ts';
import type { SummaryCache } from './summary-cache.ts';
import type { Reader } from '../store/sql-client.ts';

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
  readonly analysis: StorySummaryRow['analysis'];
  /** The latest analysis's findings by kind. */
  readonly findings: Readonly<Record<string, number>>;
}

/** One page of the stored stories that match a filter, latest first (the summaries of unchanged stories as kept). */
export async function readStories(db: Reader, summaries: SummaryCache, filter: StoryFilter): Promise<{ total: number; stories: StorySummary[] }> {
  const page = await searchStories(db, filter);
  const rows = await summaries.summaries(db, page.stories);
  return {
    total: page.total,
    stories: page.stories.flatMap((s) => {
      const row = rows.get(s.id);
      return row ? [summaryOf(row, s.latest)] : [];
    }),
  };
}

/** A stored story's summary. */
export function summaryOf(row: StorySummaryRow, latest: string): StorySummary {
  const { story } = row;
  return {
    id: story.id, title: story.title, first: story.first, last: story.last, latest, outlets: story.outlets,
    languages: story.languages, articles: row.articles, versions: row.versions, analysis: row.analysis, findings: row.kinds,
  };
}
