import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf } from '../credits-of.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { hedgeTokens } from '../hedge-words.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

/** A hedge ("may", "likely") the other outlets do not use: this version casts doubt they do not. */
export function hedgeAdded(ctx: ClaimContext): Finding[] {
  const hedges = new Map(ctx.variants.map((v) => [v.index, hedgeTokens(v)]));
  const credited = new Map(ctx.variants.map((v) => [v.index, creditsOf(v).length > 0]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const h of hedges.get(v.index) ?? []) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        if (!anchored(ctx, v, o, h.index)) continue;
        if ((hedges.get(o.index) ?? []).length > 0 || (h.attributive && credited.get(o.index))) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const [from, to] = oppositeRange(ctx, v, o, h.index);
        const span = tokenSpan(o, from, Math.max(to, from + 1));
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, h.index, h.index + 1);
      if (!verdict || !span) continue;
      out.push({
        rule: 'hedge-added',
        kind: 'hedge',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" casts doubt that ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'do')} not: ${disagree.length === 1 ? 'it states' : 'they state'} it as fact`,
        actual: span.text.toLowerCase(),
        expected: 'no hedge',
      });
    }
  }
  return out;
}
