import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { QUANTIFIER_STRENGTH } from '../quantifier-lexicon.ts';
import { quantifierClass as classOf, sameQuantity } from '../quantifier-class.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';

/** A quantifier of another strength than the others' for the same group ("all" where they say "some"). */
export function quantifierChanged(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    v.tokens.forEach((t, i) => {
      const cls = classOf(v.tokens, i);
      if (!cls) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      let theirs = '';
      for (const o of comparableOthers(ctx, v)) {
        const [from, to] = oppositeRange(ctx, v, o, i);
        // the slot between shared words may hold a few function words ("off some of its"), not other content
        if (to - from > 6 || countOtherContent(o.tokens, from, to) > 1) continue;
        let opposite: number | undefined;
        for (let j = from; j < to; j++) if (classOf(o.tokens, j)) opposite = j;
        if (opposite === undefined) continue;
        if (sameQuantity(v.tokens, i, o.tokens, opposite)) agree.push(o);
        else {
          disagree.push(o);
          theirs ||= classOf(o.tokens, opposite) ?? '';
          const span = tokenSpan(o, opposite, opposite + 1);
          if (span) versus.push(span);
        }
      }
      // neighbouring strengths ("several" for "some") are a lesser change than "all" for "some"
      const gap = Math.abs((QUANTIFIER_STRENGTH[cls] ?? 0) - (QUANTIFIER_STRENGTH[theirs] ?? 0));
      const verdict = judgeOutlier(ctx, v, agree, disagree, gap < 0.15 ? 'low' : 'medium');
      const span = tokenSpan(v, i, i + 1);
      if (!verdict || !span) return;
      const direction = (QUANTIFIER_STRENGTH[cls] ?? 0) > (QUANTIFIER_STRENGTH[theirs] ?? 0) ? 'strengthens' : 'weakens';
      out.push({
        rule: 'quantifier-changed',
        kind: 'quantifier',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" ${direction} what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')}: ${quoteWordings(versus)}`,
        actual: cls,
        expected: theirs,
      });
    });
  }
  return out;
}

function countOtherContent(tokens: readonly WordToken[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (tokens[j]!.content && !classOf(tokens, j)) n++;
  return n;
}
