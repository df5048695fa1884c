import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { numberTokens, sameFigure, type NumberToken } from '../number-tokens.ts';
import { creditsOf } from '../credits-of.ts';
import { variantTimes } from '../variant-times.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';
import type { Span } from '../../model/index.ts';

/** A figure that differs from the one the other outlets give for the same thing ("40 killed" vs "32 killed"). */
export function numberChanged(ctx: ClaimContext): Finding[] {
  // the count of a source ("11 sources") is the attribution rules' business, a clock reading ("7:30 a.m.") time-changed's
  const figures = new Map(ctx.variants.map((v) => [v.index, numberTokens(v.tokens, [...creditsOf(v), ...variantTimes(v)])]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const figure of figures.get(v.index) ?? []) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      let byUnit = 0;
      for (const o of ctx.others(v.index)) {
        const all = figures.get(o.index) ?? [];
        // a figure of theirs that another figure of ours gives exactly ("41 euros" beside our "41 euros ... about 38%")
        // is that one's match and cannot also vouch for this one by being near it
        const theirs = all.filter((f) => f.value === figure.value || !(figures.get(v.index) ?? []).some((m) => m !== figure && m.value === f.value));
        if (theirs.some((f) => sameFigure(figure, f))) {
          agree.push(o);
          continue;
        }
        // a figure of theirs that another figure of ours gives ("17" beside our "200 people ... 17 dead") is that one's partner
        const mine = (figures.get(v.index) ?? []).filter((f) => f !== figure);
        const free = theirs.filter((f) => !mine.some((m) => sameFigure(m, f)));
        const counterpart = counterpartOf(ctx, v, o, figure, free);
        if (counterpart) {
          if (!isOpposite(ctx, v, o, figure, counterpart)) byUnit++;
          disagree.push(o);
          const span = tokenSpan(o, counterpart.index, counterpart.index + 1);
          if (span) versus.push(span);
        }
      }
      // one witness whose figure only counts the same kind of thing, somewhere else in its wording, is too thin
      const verdict = disagree.length === 1 && byUnit === 1 ? null : judgeOutlier(ctx, v, agree, disagree, 'high');
      const span = tokenSpan(v, figure.index, figure.index + 1);
      if (!verdict || !span) continue;
      out.push({
        rule: 'number-changed',
        kind: 'number',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

function isOpposite(ctx: ClaimContext, v: Variant, o: Variant, figure: NumberToken, theirs: NumberToken): boolean {
  const [from, to] = oppositeRange(ctx, v, o, figure.index);
  return to - from <= 4 && theirs.index >= from && theirs.index < to;
}

// The figure in `o` that stands where `figure` stands in `v`: opposite it in the alignment, or counting the same thing.
function counterpartOf(ctx: ClaimContext, v: Variant, o: Variant, figure: NumberToken, theirs: readonly NumberToken[]): NumberToken | undefined {
  const [from, to] = oppositeRange(ctx, v, o, figure.index);
  if (to - from <= 4) {
    const opposite = theirs.find((f) => f.index >= from && f.index < to);
    if (opposite) return opposite;
  }
  if (!figure.unit) return undefined;
  return theirs.find((f) => f.unit === figure.unit);
}
