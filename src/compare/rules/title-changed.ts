import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { titlesOf, type PersonTitle } from '../titles-of.ts';
import { tokenSpan } from '../variant-helpers.ts';

/**
 * The same person given another job than the other outlets give them ("chief financial officer Mette Lindqvist"
 * where they say "Chief Executive Mette Lindqvist"); "CEO" and "chief executive" are one job (`job-titles.ts`).
 */
export function titleChanged(ctx: ClaimContext): Finding[] {
  const titles = new Map(ctx.variants.map((v) => [v.index, titlesOf(v.tokens)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const title of titles.get(v.index) ?? []) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        const theirs = (titles.get(o.index) ?? []).filter((t) => t.person === title.person);
        if (theirs.length === 0) continue;
        if (theirs.some((t) => t.role === title.role)) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = spanOf(o, theirs[0]!);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = spanOf(v, title);
      if (!verdict || !span) continue;
      out.push({
        rule: 'title-changed',
        kind: 'entity',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} the same person another job: ${quoteWordings(versus)}`,
        actual: title.role,
        expected: [...new Set(disagree.flatMap((o) => (titles.get(o.index) ?? []).filter((t) => t.person === title.person).map((t) => t.role)))].join(', '),
      });
    }
  }
  return out;
}

function spanOf(v: Variant, t: PersonTitle): Span | null {
  return tokenSpan(v, t.from, t.to);
}
