import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { hasWeakHedge, hedgeTokens, weakHedgeTokens } from '../hedge-words.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

const CERTAIN: ReadonlySet<string> = new Set(['will', 'shall']);

/**
 * "could" where the other outlets say "will" in its place ("the search could resume on Monday" / "will resume"):
 * a hedge added. A weak modal alone is never flagged (it also tells past ability); only against a certain one.
 */
export function modalWeakened(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const k of weakHedgeTokens(v)) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const [from, to] = oppositeRange(ctx, v, o, k);
        const certain = to - from <= 3 ? o.tokens.slice(from, to).findIndex((t) => CERTAIN.has(t.text.toLowerCase())) : -1;
        if (certain >= 0) {
          disagree.push(o);
          const span = tokenSpan(o, from + certain, from + certain + 1);
          if (span) versus.push(span);
        } else if (hedgeTokens(o).length > 0 || hasWeakHedge(o)) agree.push(o);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, k, k + 1);
      if (!verdict || !span) continue;
      out.push({
        rule: 'modal-weakened',
        kind: 'hedge',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" casts doubt where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}`,
        actual: span.text.toLowerCase(),
        expected: versus.map((s) => s.text.toLowerCase()).join(', '),
      });
    }
  }
  return out;
}
