import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { findingStrength } from '../finding-verbs.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

/**
 * A finding told more or less firmly than the others tell it: "the report suggested that" where they say "found
 * that" (softened), or "showed that" where they say "indicated that" (firmed up, a possibility told as a result).
 * Both verbs must be verbs of finding (`finding-verbs.ts`), standing opposite each other: "suggested" for "proposed"
 * is another act, not a softer finding. A hedge change.
 */
export function findingSoftened(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      const mine = t.pos === "VERB" ? findingStrength(t.lemma) : undefined;
      if (!mine) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const [from, to] = oppositeRange(ctx, v, o, i);
        if (to - from > 6) continue;
        const k = o.tokens.findIndex((x, j) => j >= from && j < to && x.pos === 'VERB' && findingStrength(x.lemma));
        if (k < 0) continue;
        if (findingStrength(o.tokens[k]!.lemma) === mine) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = tokenSpan(o, k, k + 1);
        if (span) versus.push(span);
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      out.push({
        rule: 'finding-softened',
        kind: 'hedge',
        severity: verdict.severity,
        span,
        versus,
        message: mine === 'soft'
          ? `"${span.text}" offers as a possibility what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} as a finding (${quoteWordings(versus)})`
          : `"${span.text}" states as a finding what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} only as a possibility (${quoteWordings(versus)})`,
        actual: span.text.toLowerCase(),
        expected: versus[0]?.text.toLowerCase() ?? '',
      });
    });
  }
  return out;
}
