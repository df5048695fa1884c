import type { Article, InputProblem, RawDocument } from '../model/index.ts';
import { removeBundleBoilerplate } from '../clean/bundle/remove-bundle-boilerplate.ts';
import { cleanDocuments, type BuildOptions, type CleanedDocuments } from './clean-documents.ts';
import { cleanOnThreads } from './clean-on-threads.ts';
import { identifyArticles } from './identify-articles.ts';
import type { ArticleWorkers } from './start-article-workers.ts';

export type { BuildOptions } from './clean-documents.ts';

/** The articles of a bundle, and the inputs that yielded nothing usable. */
export interface BuiltArticles {
  readonly articles: Article[];
  readonly problems: InputProblem[];
}

/** Clean, de-duplicate and segment raw documents into the articles of one bundle (the whole bundle is one boilerplate window). */
export function buildArticles(documents: readonly RawDocument[], options: BuildOptions = {}): BuiltArticles {
  return identified(cleanDocuments(documents, options));
}

/** As `buildArticles`, cleaning on the article threads when the inputs are many: the same articles and problems. */
export async function buildArticlesOnThreads(documents: readonly RawDocument[], options: BuildOptions, workers: ArticleWorkers | undefined): Promise<BuiltArticles> {
  return identified(await cleanOnThreads(documents, options, workers));
}

function identified({ cleaned, problems }: CleanedDocuments): BuiltArticles {
  const found = identifyArticles(removeBundleBoilerplate(cleaned), new Map());
  return { articles: found.articles, problems: [...problems, ...found.problems] };
}
