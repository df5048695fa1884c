import { summarizeStored, type StorySummaryRow } from '../store/summarize-stored.ts';
import type { Sql } from '../store/sql-client.ts';
import { storyStateTag, type StoryState } from '../store/story-state.ts';

/**
 * Stories' summaries kept by the story's state (its versions and latest analysis): rows are only added, so a story
 * whose state is unchanged has the same summary, however much else the store gained. A page of the listing reads only
 * the summaries of its stories that changed (or were never read); the last `size` are kept.
 */
export class SummaryCache {
  readonly #kept = new Map<string, StorySummaryRow>();
  constructor(private readonly size = 1024) {}

  /** The summaries of these stories (row id and state), by row id: those kept, and the others read in one statement. */
  async summaries(db: Sql, stories: readonly { readonly id: number; readonly state: StoryState }[]): Promise<Map<number, StorySummaryRow>> {
    const keyOf = (s: { id: number; state: StoryState }): string => `${s.id} ${storyStateTag(s.state)}`;
    const out = new Map<number, StorySummaryRow>();
    const missing: { id: number; state: StoryState }[] = [];
    for (const story of stories) {
      const key = keyOf(story);
      const kept = this.#kept.get(key);
      if (!kept) {
        missing.push(story);
        continue;
      }
      // most recently used last
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      out.set(story.id, kept);
    }
    if (missing.length === 0) return out;
    const read = await summarizeStored(db, missing.map((s) => s.id));
    for (const story of missing) {
      const row = read.get(story.id);
      if (!row) continue;
      out.set(story.id, row);
      // kept only when read at the state asked for (a version or analysis may have come between the two statements)
      if (row.versions === story.state.versions && (row.analysis?.id ?? null) === story.state.analysis) this.#kept.set(keyOf(story), row);
    }
    while (this.#kept.size > this.size) this.#kept.delete(this.#kept.keys().next().value!);
    return out;
  }
}
