import type { CopyHow, Report } from '../model/index.ts';

/** Who copied whom in a story: its compared versions, and edges from the copied to the copier. */
export interface CopyingGraph {
  readonly nodes: readonly { readonly id: string; readonly outlet: string | null; readonly title: string | null; readonly published: string | null }[];
  /**
   * `likely copied`: `to` reuses wording of `from` beyond the common source (score: share of its word 8-grams);
   * `same`, `prefix`, `near`: `to` ran `from`'s text word for word, its opening, or all but a few words (score: share).
   */
  readonly edges: readonly { readonly from: string; readonly to: string; readonly kind: 'likely copied' | CopyHow; readonly score: number }[];
}

/** The copying graph of a report: exact and near copies (from each copy group's version), then likely copying. */
export function copyingGraph(report: Pick<Report, 'articles' | 'copies' | 'copying'>): CopyingGraph {
  return {
    nodes: report.articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.published })),
    edges: [
      ...(report.copies ?? []).flatMap((g) => g.copies.map((c) => ({ from: g.version, to: c.article, kind: c.how, score: c.share }))),
      ...report.copying.map((e) => ({ from: e.from, to: e.to, kind: 'likely copied' as const, score: e.score })),
    ],
  };
}
