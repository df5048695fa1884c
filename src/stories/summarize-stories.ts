import type { Story, StoryArticle, StoryReason } from '../model/index.ts';
import { comparePublished } from '../model/index.ts';
import type { GroupedStory, Membership } from './group-stories.ts';
import { mainLanguage, primaryLanguage } from './main-language.ts';

/**
 * The stories of a grouping as a listing shows them, biggest first (then in order of arrival): title (the earliest
 * of an article in the story's main language), date span, outlets, languages, and each article with why it belongs.
 */
export function summarizeStories(stories: readonly GroupedStory[], articles: ReadonlyMap<string, StoryArticle>): Story[] {
  return biggestFirst(stories.map((story) => summarizeStory(story.id, story.members.map((m) => ({ ...articles.get(m.article)!, reason: storyReason(m) })))));
}

/** Stories biggest first, then in their given order. */
export function biggestFirst<S extends Story>(stories: readonly S[]): S[] {
  return stories
    .map((story, order) => ({ story, order }))
    .sort((a, b) => b.story.articles.length - a.story.articles.length || a.order - b.order)
    .map((s) => s.story);
}

/** A story as a listing shows it, from its articles in arrival order, each with why it belongs. */
export function summarizeStory(id: string, articles: readonly (StoryArticle & { readonly reason: StoryReason })[]): Story {
  const dated = articles.filter((a) => a.published !== null).sort((a, b) => comparePublished(a.published, b.published));
  const byDate = [...dated, ...articles.filter((a) => a.published === null)].filter((a) => a.title?.trim());
  // the story is told in its main language: a rewrite in another one does not title it, however early
  const main = mainLanguage(articles);
  const titled = byDate.find((a) => a.language === null || primaryLanguage(a.language) === main) ?? byDate[0];
  return {
    id,
    title: titled?.title?.trim() ?? null,
    first: dated[0]?.published ?? null,
    last: dated.at(-1)?.published ?? null,
    outlets: [...new Set(articles.map(outletLabel))],
    languages: byCount(articles.map((a) => a.language?.slice(0, 2).toLowerCase() ?? 'unknown')),
    articles,
  };
}

/** An article's outlet, else its source's file name. */
export function outletLabel(article: StoryArticle): string {
  if (article.outlet?.trim()) return article.outlet.trim();
  return article.source.split(/[\\/]/).pop() || article.id;
}

/** Why an article is in its story, as listings show it (figures rounded to three places). */
export function storyReason(m: Membership): StoryReason {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  if (!m.verdict || !m.evidence || m.verdict.kind !== 'same') {
    return { matched: null, on: 'first', score: null, copy: null, words: null, anchors: null, shared: [] };
  }
  return {
    matched: m.matched,
    on: m.verdict.on,
    score: round(m.verdict.score),
    copy: round(m.evidence.copy),
    words: round(Math.sqrt(m.evidence.words)),
    anchors: round(Math.sqrt(m.evidence.anchors)),
    shared: m.shared,
  };
}

function byCount(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
