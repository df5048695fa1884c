import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { numberTokens } from '../number-tokens.ts';
import { creditsOf } from '../credits-of.ts';
import { currencyOf, type FigureCurrency } from '../currency-of.ts';
import { tokenSpan } from '../variant-helpers.ts';

interface Sum { readonly index: number; readonly value: number; readonly money: FigureCurrency }

/** A sum given in another currency than the others give the same figure in ("$3.2 billion" / "3.2 billion euros"). */
export function currencyChanged(ctx: ClaimContext): Finding[] {
  const sums = new Map(ctx.variants.map((v) => [v.index, sumsOf(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const sum of sums.get(v.index) ?? []) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        const same = (sums.get(o.index) ?? []).filter((s) => s.value === sum.value);
        if (same.length === 0) continue;
        if (same.some((s) => s.money.currency === sum.money.currency)) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = spanOf(o, same[0]!);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
      const span = spanOf(v, sum);
      if (!verdict || !span) continue;
      out.push({
        rule: 'currency-changed',
        kind: 'number',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} the same figure in another currency: ${quoteWordings(versus)}`,
        actual: sum.money.currency,
        expected: [...new Set(disagree.flatMap((o) => (sums.get(o.index) ?? []).filter((s) => s.value === sum.value).map((s) => s.money.currency)))].join(', '),
      });
    }
  }
  return out;
}

function sumsOf(v: Variant): Sum[] {
  return numberTokens(v.tokens, creditsOf(v)).flatMap((f) => {
    const money = currencyOf(v.tokens, f.index, v.article.text);
    return money ? [{ index: f.index, value: f.value, money }] : [];
  });
}

function spanOf(v: Variant, s: Sum): Span | null {
  return tokenSpan(v, Math.min(s.index, s.money.index), Math.max(s.index, s.money.index) + 1);
}
