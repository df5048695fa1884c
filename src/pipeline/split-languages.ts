import type { Article, NotCompared } from '../model/index.ts';
import { mainLanguage, primaryLanguage } from '../stories/main-language.ts';

/** A story's articles split by language: those compared (its main language, or unknown) and the others. */
export interface LanguageSplit {
  readonly language: string | null;
  readonly compared: readonly Article[];
  readonly notCompared: readonly NotCompared[];
}

/**
 * Keep the articles written in the story's main language (most of its articles'; an article whose language is
 * unknown stays) for the comparison, and list the others as the same story, not compared: claims are aligned and
 * judged word by word, which says nothing across languages. `shared` gives, per article, what ties it to the story.
 */
export function splitLanguages(articles: readonly Article[], shared: ReadonlyMap<string, readonly string[]> = new Map()): LanguageSplit {
  const language = mainLanguage(articles);
  const compared: Article[] = [];
  const notCompared: NotCompared[] = [];
  for (const a of articles) {
    const own = primaryLanguage(a.language);
    if (own === null || language === null || own === language) compared.push(a);
    else notCompared.push({ id: a.id, source: a.source, title: a.title, outlet: a.outlet, published: a.published, language: a.language!, shared: shared.get(a.id) ?? [] });
  }
  return { language, compared, notCompared };
}
