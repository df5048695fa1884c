import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { numberTokens, type NumberToken } from '../number-tokens.ts';
import { creditsOf } from '../credits-of.ts';
import { variantTimes } from '../variant-times.ts';
import { tokenSpan } from '../variant-helpers.ts';

/**
 * The same figure told as exact where the others give it as a bound ("Seventeen people were killed" / "At least 17
 * people were killed"): a toll that may still rise, stated as final. A quantifier change.
 */
export function boundDropped(ctx: ClaimContext): Finding[] {
  const figures = new Map(ctx.variants.map((v) => [v.index, numberTokens(v.tokens, [...creditsOf(v), ...variantTimes(v)])]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    // only the bound left out: a bound where the others are exact makes no claim they do not
    for (const figure of (figures.get(v.index) ?? []).filter((f) => !f.bound)) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        // the same figure in one claim counts the same thing, whatever word follows it ("17 people" / "17 dead")
        const same = (figures.get(o.index) ?? []).filter((f) => f.value === figure.value);
        if (same.length === 0) continue;
        // "nearly 30" stops short of 30: it sits with "up to 30" and "30", against "more than 30" only
        if (same.some((f) => f.bound === figure.bound || (figure.below && f.bound !== 'lower'))) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = boundSpan(o, same[0]!);
        if (span) versus.push(span);
      }
      // one outlet against one is no majority: which of two wordings of a toll is the later one is not known
      const verdict = disagree.length >= 2 ? judgeOutlier(ctx, v, agree, disagree, 'medium') : null;
      const span = boundSpan(v, figure);
      if (!verdict || !span) continue;
      out.push({
        rule: 'bound-dropped',
        kind: 'quantifier',
        severity: verdict.severity,
        span,
        versus,
        message: `${figure.below ? `puts below the figure ("${span.text}")` : `states as exact ("${span.text}")`} what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} as ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

// The figure with the words that bound it ("at least 17", "more than 160", "over 40", "nearly 30", "just under 30").
function boundSpan(v: Variant, figure: NumberToken): Span | null {
  if (!figure.bound && !figure.below) return tokenSpan(v, figure.index, figure.index + 1);
  const near = v.tokens[figure.index - 1]?.norm;
  const far = v.tokens[figure.index - 2]?.norm;
  // "as many as 48": three words bound it
  if (near === 'as' && (far === 'many' || far === 'much' || far === 'high')) return tokenSpan(v, Math.max(0, figure.index - 3), figure.index + 1);
  const two = near === 'least' || near === 'most' || near === 'than' || near === 'to' || near === 'of' || (near === 'under' && far === 'just');
  return tokenSpan(v, Math.max(0, figure.index - (two ? 2 : 1)), figure.index + 1);
}
