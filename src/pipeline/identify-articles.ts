import type { Article, CleanDocument, InputProblem } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import { articleId, copyId } from './article-id.ts';

/** What is kept of an article once identified: where it was first read and the outlet that ran it. */
export interface SeenArticle {
  readonly source: string;
  readonly outlet: string | null;
}

/**
 * Give each clean document its content-derived id and its segments; a document whose id was seen
 * before (in `seen`, which the caller keeps across calls) is the same article read twice and becomes
 * a problem naming the first, unless another named outlet ran it: that is a copy, kept under an id of
 * its own (the report shows it as a copy of the first).
 */
export function identifyArticles(docs: readonly CleanDocument[], seen: Map<string, SeenArticle>): { articles: Article[]; problems: InputProblem[] } {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  for (const doc of docs) {
    let id = articleId(doc.text);
    const earlier = seen.get(id);
    const outlet = doc.outlet?.trim() || null;
    if (earlier !== undefined && outlet !== null && earlier.outlet !== null && earlier.outlet.toLowerCase() !== outlet.toLowerCase()) id = copyId(doc.text, outlet);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ input: doc.source, reason: `Same article as "${first.source}", read once` });
      continue;
    }
    seen.set(id, { source: doc.source, outlet });
    articles.push({ ...doc, id, ...segment(doc.text) });
  }
  return { articles, problems };
}
