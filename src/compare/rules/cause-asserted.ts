import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { ASSOCIATIVE_WORDS, CAUSAL_WORDS } from '../causal-lexicon.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

/**
 * A cause told where the others report only a link ("an outbreak caused by the peaches" / "linked to the peaches"):
 * an association the source was careful about, told as proven. A meaning change.
 */
export function causeAsserted(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      if (!CAUSAL_WORDS.has(t.text.toLowerCase())) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const [from, to] = oppositeRange(ctx, v, o, i);
        if (to - from > 3) continue;
        for (let j = from; j < to; j++) {
          const word = o.tokens[j]!.text.toLowerCase();
          if (CAUSAL_WORDS.has(word)) {
            agree.push(o);
            break;
          }
          if (ASSOCIATIVE_WORDS.has(word)) {
            disagree.push(o);
            const span = tokenSpan(o, j, j + 1);
            if (span) versus.push(span);
            break;
          }
        }
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      out.push({
        rule: 'cause-asserted',
        kind: 'meaning',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" tells a cause where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'report')} only a link: ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    });
  }
  return out;
}
