import type { Article, BaselineUsed, BaselineWhy, Claim, ClaimBaseline } from '../model/index.ts';
import { inHeading } from '../compare/is-heading.ts';

const WHY: Readonly<Record<BaselineUsed['mode'], BaselineWhy | null>> = { wire: 'wire copy', origin: 'origin', earliest: 'earliest', article: 'chosen', majority: null };

/** Why the comparison's baseline is the baseline, from the mode it was chosen by; null when there is none. */
export function baselineWhy(baseline: BaselineUsed): BaselineWhy | null {
  return baseline.article === null ? null : WHY[baseline.mode];
}

/**
 * What each claim's wordings were diffed and judged against, as the comparison reads them (`collateClaim`): the
 * baseline's wording where the baseline carries the claim (a section heading the aligner matched is no wording), else
 * the majority of the outlets carrying it. A claim one article carries is judged against nothing and gets none.
 */
export function claimBaselines(claims: readonly Claim[], articles: readonly Article[], baseline: BaselineUsed): Claim[] {
  const why = baselineWhy(baseline);
  const source = articles.find((a) => a.id === baseline.article);
  return claims.map((claim): Claim => {
    if (new Set(claim.articles).size < 2) return claim;
    const carried = source !== undefined && why !== null && claim.support.some((s) => s.article === source.id && !inHeading(source, s));
    const reference: ClaimBaseline = carried ? { article: source.id, why } : { article: null, why: 'most outlets' };
    return { ...claim, baseline: reference };
  });
}
