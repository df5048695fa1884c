import type { Article } from '../model/index.ts';
import { removeBundleBoilerplate } from '../clean/bundle/remove-bundle-boilerplate.ts';
import { segment } from '../segment/segment.ts';

/**
 * Stored articles (each cleaned on its own when added, so a page's text does not hang on what was added beside it)
 * as `analyze` reads a bundle: the cross-article boilerplate pass runs over them, and an article it cut is segmented
 * again. Each keeps its id, the one its version is stored under.
 */
export function bundleStored(articles: readonly Article[]): Article[] {
  const cleaned = removeBundleBoilerplate(articles);
  return cleaned.map((doc, i) => {
    const article = articles[i]!;
    return doc === article ? article : { ...doc, id: article.id, ...segment(doc.text) };
  });
}
