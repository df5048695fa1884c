import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { quantifierClass } from '../quantifier-class.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

// Vague small-count words that stand in for a figure; "many", "dozens" and the like can agree with a large count
// ("dozens of people" for 48) and stay out.
const BLURRING: ReadonlySet<string> = new Set(['few', 'some', 'several']);

/**
 * A vague count ("several people were hospitalized") where the others give the figure ("Eleven people were
 * hospitalized"): the count the reader needs is gone. A quantifier change.
 */
export function countBlurred(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      const cls = quantifierClass(v.tokens, i);
      if (!cls || !BLURRING.has(cls)) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const [from, to] = oppositeRange(ctx, v, o, i);
        if (to - from > 3) continue;
        let figure: number | undefined;
        let vague = false;
        for (let j = from; j < to; j++) {
          if (/^\d+$/.test(o.tokens[j]!.norm)) figure = j;
          else if (quantifierClass(o.tokens, j)) vague = true;
        }
        if (vague) agree.push(o);
        else if (figure !== undefined) {
          disagree.push(o);
          const span = tokenSpan(o, figure, figure + 1);
          if (span) versus.push(span);
        }
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      out.push({
        rule: 'count-blurred',
        kind: 'quantifier',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} the figure: ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    });
  }
  return out;
}
