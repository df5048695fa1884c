import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { SCOPE_WIDENERS } from '../scope-wideners.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

/** An absolute the other outlets do not put on the claim ("pledged to permanently sever" for "vowed to end"): it reads wider than they report. */
export function scopeWidened(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      if (!SCOPE_WIDENERS.has(t.text.toLowerCase())) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        if (o.tokens.some((x) => x.stem === t.stem || SCOPE_WIDENERS.has(x.text.toLowerCase()))) {
          agree.push(o);
          continue;
        }
        if (!anchored(ctx, v, o, i)) continue;
        disagree.push(o);
        const span = opposite(ctx, v, o, i);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      out.push({
        rule: 'scope-widened',
        kind: 'detail_added',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" stretches the claim: the ${outlets(disagree.length)} carrying it ${conjugate(disagree.length, 'tell')} it without this`,
        actual: span.text,
        expected: 'nothing',
      });
    });
  }
  return out;
}

// What `o` says in the place of the word: the few words opposite it, or a few words around that place.
function opposite(ctx: ClaimContext, v: Variant, o: Variant, i: number): Span | null {
  const [from, to] = oppositeRange(ctx, v, o, i);
  if (to > from && to - from <= 3) return tokenSpan(o, from, to);
  // otherwise the words from the shared word nearest before it ("Trump vowed to end")
  const { aToB } = ctx.align(v.index, o.index);
  for (let d = 1; d <= 3; d++) {
    const left = aToB[i - d] ?? -1;
    if (left >= 0) return tokenSpan(o, left, Math.min(left + 4, o.tokens.length));
    const right = aToB[i + d] ?? -1;
    if (right >= 0) return tokenSpan(o, Math.max(right - 3, 0), right + 1);
  }
  return null;
}
