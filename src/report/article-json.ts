import type { Article } from '../model/index.ts';

/** The public JSON form of an article, as `extract --json` prints it and reports embed it. */
export interface ArticleJson {
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly text: string;
  readonly removed: readonly { readonly text: string; readonly reason: string }[];
}

/** Project an article onto its public JSON form (offsets stay valid: `text` is unchanged). */
export function articleJson(article: Article): ArticleJson {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    byline: article.byline,
    outlet: article.outlet,
    published: article.published,
    language: article.language,
    text: article.text,
    removed: article.removed.map(({ text, reason }) => ({ text, reason })),
  };
}
