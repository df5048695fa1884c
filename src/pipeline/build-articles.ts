import type { Article, InputProblem, RawDocument } from '../model/index.ts';
import { removeBundleBoilerplate } from '../clean/bundle/remove-bundle-boilerplate.ts';
import { cleanDocuments, type BuildOptions } from './clean-documents.ts';
import { identifyArticles } from './identify-articles.ts';

export type { BuildOptions } from './clean-documents.ts';

/** The articles of a bundle, and the inputs that yielded nothing usable. */
export interface BuiltArticles {
  readonly articles: Article[];
  readonly problems: InputProblem[];
}

/** Clean, de-duplicate and segment raw documents into the articles of one bundle (the whole bundle is one boilerplate window). */
export function buildArticles(documents: readonly RawDocument[], options: BuildOptions = {}): BuiltArticles {
  const { cleaned, problems } = cleanDocuments(documents, options);
  const identified = identifyArticles(removeBundleBoilerplate(cleaned), new Map());
  return { articles: identified.articles, problems: [...problems, ...identified.problems] };
}
