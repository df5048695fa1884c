import type { Article, CleanDocument, InputProblem } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import { articleId } from './article-id.ts';

/**
 * Give each clean document its content-derived id and its segments; a document whose id was seen
 * before (in `seen`, id -> first source, which the caller keeps across calls) is the same article
 * read twice and becomes a problem naming the first.
 */
export function identifyArticles(docs: readonly CleanDocument[], seen: Map<string, string>): { articles: Article[]; problems: InputProblem[] } {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  for (const doc of docs) {
    const id = articleId(doc.text);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ input: doc.source, reason: `Same article as "${first}", read once` });
      continue;
    }
    seen.set(id, doc.source);
    articles.push({ ...doc, id, ...segment(doc.text) });
  }
  return { articles, problems };
}
