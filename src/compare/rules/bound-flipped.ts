import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { numberTokens } from '../number-tokens.ts';
import { creditsOf } from '../credits-of.ts';
import { variantTimes } from '../variant-times.ts';
import { tokenSpan } from '../variant-helpers.ts';

/**
 * The same figure bounded the other way ("as many as 48" / "at least 48"): a ceiling where the others give a floor
 * says the toll can be no higher where they say it may well be. A quantifier change.
 */
export function boundFlipped(ctx: ClaimContext): Finding[] {
  const figures = new Map(ctx.variants.map((v) => [v.index, numberTokens(v.tokens, [...creditsOf(v), ...variantTimes(v)])]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const figure of (figures.get(v.index) ?? []).filter((f) => f.bound)) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        const same = (figures.get(o.index) ?? []).filter((f) => f.value === figure.value && f.bound);
        if (same.length === 0) continue;
        if (same.some((f) => f.bound === figure.bound)) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = boundWords(o, same[0]!.index);
        if (span) versus.push(span);
      }
      // one against one: which bound is the source's is not known
      const verdict = disagree.length >= 2 ? judgeOutlier(ctx, v, agree, disagree, 'medium') : null;
      const span = boundWords(v, figure.index);
      if (!verdict || !span) continue;
      out.push({
        rule: 'bound-flipped',
        kind: 'quantifier',
        severity: verdict.severity,
        span,
        versus,
        message: `gives "${span.text}" as ${figure.bound === 'upper' ? 'a ceiling' : 'a floor'} where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

// The figure with up to three words before it that bound it ("as many as 48", "at least 48", "over 48").
function boundWords(v: Variant, index: number): Span | null {
  let from = index;
  while (from > 0 && index - from < 3 && /^(as|many|much|high|at|least|most|more|fewer|less|than|up|to|over|under|nearly|almost)$/.test(v.tokens[from - 1]!.norm)) from--;
  return tokenSpan(v, from, index + 1);
}
