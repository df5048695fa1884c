import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf, type Credit } from '../credits-of.ts';
import { coversCredited } from '../credits-cover.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { partitiveCount } from '../partitive-count.ts';

/**
 * A statement credited to a counted group of sources whose count differs from the one the other outlets give for
 * the same group: "three people familiar with the decision said" where the others say "four people". A part of the
 * group ("two of the sources said") is compared only with parts, since it counts a share, not the group; the group
 * must be named with the same noun on both sides, so "two diplomats" and "three officials" stay two groups.
 */
export function sourceCountChanged(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const mine of creditsOf(v).filter(counted)) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const theirs = creditsOf(o).filter((c) => counted(c) && sameGroup(mine, c) && coversCredited(ctx, o, c, v));
        if (theirs.length === 0) continue;
        if (theirs.some((c) => c.count === mine.count)) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        versus.push(spanOf(o, theirs[0]!));
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      if (!verdict) continue;
      const span = spanOf(v, mine);
      out.push({
        rule: 'source-count-changed',
        kind: 'attribution',
        severity: verdict.severity,
        span,
        versus,
        message: `credits this to "${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'count')} the sources differently (${quoteWordings(versus)})`,
        actual: String(mine.count),
        expected: [...new Set(disagree.flatMap((o) => creditsOf(o).filter(counted).map((c) => String(c.count))))].join(', '),
      });
    }
  }
  return out;
}

const counted = (c: Credit): boolean => c.count !== undefined && c.family === 'anonymous';

// The same group, counted: both parts of it or both the whole, named with a shared noun ("people", "officials").
function sameGroup(a: Credit, b: Credit): boolean {
  if ((partitiveCount(a.words) !== null) !== (partitiveCount(b.words) !== null)) return false;
  const nouns = new Set(a.words.filter((w) => !/^\d+$/.test(w) && w.length > 3));
  return b.words.some((w) => nouns.has(w));
}

function spanOf(v: Variant, c: Credit): Span {
  return { article: v.article.id, start: c.start, end: c.end, text: v.article.text.slice(c.start, c.end) };
}
