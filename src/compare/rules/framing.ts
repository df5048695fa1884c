import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { loadedStrength } from '../loaded-strength.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

/** A loaded or evaluative word ("regime", "secretly", "slammed") the other outlets carrying the claim do without. */
export function framing(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      const strength = loadedStrength(t);
      if (!strength) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        if (o.tokens.some((x) => x.stem === t.stem || loadedStrength(x) === 2)) {
          agree.push(o);
          continue;
        }
        if (!anchored(ctx, v, o, i, 4)) continue;
        disagree.push(o);
        const [from, to] = oppositeRange(ctx, v, o, i);
        const span = to - from <= 3 ? tokenSpan(o, from, Math.max(to, from + 1)) : null;
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, strength === 2 ? 'medium' : 'low');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      out.push({
        rule: 'framing',
        kind: 'framing',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" is a loaded word; the ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'tell')} it without it`,
        actual: span.text,
        expected: versus.map((s) => s.text).join(' | '),
      });
    });
  }
  return out;
}
