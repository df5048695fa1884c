import type { Article } from '../model/index.ts';
import { formatArticleBlock } from './format-article-block.ts';

/** A readable listing of cleaned articles for the terminal (`extract` without `--json`): blocks apart by a blank line. */
export function formatArticleListing(articles: readonly Article[], options: { readonly full?: boolean } = {}): string {
  return `${articles.map((a) => formatArticleBlock(a, options)).join('\n\n')}\n`;
}
