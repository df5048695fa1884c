import type { Article, NotCompared, SetAside, Story } from '../model/index.ts';
import { emptyGrouping, placeArticle, type GroupOptions } from '../stories/group-stories.ts';
import { summarizeStories } from '../stories/summarize-stories.ts';
import { splitLanguages } from './split-languages.ts';

/** Which story of a bundle `analyze` compares: the biggest (default), one the user names, or every one. */
export type StoryChoice = { readonly kind: 'main' } | { readonly kind: 'named'; readonly story: string } | { readonly kind: 'all' };

/**
 * One story's articles to compare (those in its main language), the story's articles in other languages (the same
 * story, not compared), and those of the bundle set aside as not the same story.
 */
export interface ChosenStory {
  readonly story: Story | null;
  readonly articles: readonly Article[];
  /** The language compared: the story's main one (null when no article's is known). */
  readonly language: string | null;
  readonly notCompared: readonly NotCompared[];
  readonly setAside: readonly SetAside[];
}

/**
 * Group a bundle into stories and pick what `analyze` compares: the biggest story (the first to arrive on a tie),
 * the story named by its id or its number in the `stories` listing, or each story in turn; every other article is
 * set aside with the story it tells. Resolves to a problem when the named story is not there.
 */
export async function chooseStories(articles: readonly Article[], choice: StoryChoice, options: GroupOptions = {}): Promise<ChosenStory[] | { readonly problem: string }> {
  const grouping = emptyGrouping();
  for (const article of articles) await placeArticle(grouping, article, options);
  const stories = summarizeStories(grouping.stories, new Map(articles.map((a) => [a.id, a])));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pick = (story: Story): ChosenStory => {
    const inside = new Set(story.articles.map((a) => a.id));
    const split = splitLanguages(articles.filter((a) => inside.has(a.id)), new Map(story.articles.map((a) => [a.id, a.reason.shared])));
    return {
      story,
      articles: split.compared,
      language: split.language,
      notCompared: split.notCompared,
      setAside: stories.filter((s) => s !== story).flatMap((s) => s.articles.map((a) => setAsideOf(byId.get(a.id)!, s))),
    };
  };
  if (choice.kind === 'all') return stories.map(pick);
  if (choice.kind === 'main') return [pick(stories[0]!)];
  const named = stories.find((s, i) => s.id === choice.story || String(i + 1) === choice.story);
  if (!named) return { problem: `no story has that id or number (the bundle holds ${stories.length}: ${stories.slice(0, 5).map((s) => s.id).join(', ')}${stories.length > 5 ? ', ...' : ''})` };
  return [pick(named)];
}

/** Every article as one story (`--keep-all`): none set aside, those in another language than most still not compared. */
export function keepAll(articles: readonly Article[]): ChosenStory {
  const split = splitLanguages(articles);
  return { story: null, articles: split.compared, language: split.language, notCompared: split.notCompared, setAside: [] };
}

function setAsideOf(article: Article, story: Story): SetAside {
  return { id: article.id, source: article.source, title: article.title, outlet: article.outlet, story: story.id, storyTitle: story.title };
}
