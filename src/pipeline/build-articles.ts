import type { Article, CleanDocument, InputProblem, RawDocument } from '../model/index.ts';
import { cleanDocument } from '../clean/clean-document.ts';
import { removeBundleBoilerplate } from '../clean/bundle/remove-bundle-boilerplate.ts';
import { segment } from '../segment/segment.ts';
import { articleId } from './article-id.ts';

/** The articles of a bundle, and the inputs that yielded nothing usable. */
export interface BuiltArticles {
  readonly articles: Article[];
  readonly problems: InputProblem[];
}

/** Clean, de-duplicate and segment raw documents into the articles of one bundle. */
export function buildArticles(documents: readonly RawDocument[]): BuiltArticles {
  const problems: InputProblem[] = [];
  const cleaned: CleanDocument[] = [];
  for (const raw of documents) {
    const doc = cleanDocument(raw);
    if (doc.text.trim() === '') problems.push({ input: raw.source, reason: 'No article text found' });
    else cleaned.push(doc);
  }
  const seen = new Map<string, string>();
  const articles: Article[] = [];
  for (const doc of removeBundleBoilerplate(cleaned)) {
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
