import type { Finding } from '../finding.ts';
import type { TaggedArticle } from '../tag/tagged-article.ts';

/** What refiners may ask: every article as tagged, by id. */
export interface RefineContext {
  readonly tagged: ReadonlyMap<string, TaggedArticle>;
}

/** A refiner settles conflicts between findings of one claim: findings in, fewer findings out. */
export type Refiner = (findings: readonly Finding[], ctx: RefineContext) => Finding[];

/** True when finding `a`'s span lies inside `b`'s, in the same article. */
export function inside(a: Finding, b: Finding): boolean {
  return a.span.article === b.span.article && b.span.start <= a.span.start && a.span.end <= b.span.end;
}

/** True when two findings' spans overlap, in the same article. */
export function overlapping(a: Finding, b: Finding): boolean {
  return a.span.article === b.span.article && a.span.start < b.span.end && b.span.start < a.span.end;
}
