import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOneSided } from '../judge-outlier.ts';
import { numberTokens } from '../number-tokens.ts';
import { creditsOf } from '../credits-of.ts';
import { FIGURE_BASES } from '../figure-bases.ts';
import { tokenSpan } from '../variant-helpers.ts';

const BASES = FIGURE_BASES.map((b) => b.split(' '));
// How far after a figure its basis may stand ("3.2 billion euros ($3.5 billion), including debt").
const REACH = 6;

/**
 * A figure told without the phrase that sets what it counts, where two or more others give the same figure with it
 * ("for about €3.2 billion" / "for about 3.2 billion euros, including debt").
 */
export function basisDropped(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    if (basesIn(v, 0, v.tokens.length).length > 0) continue;
    for (const figure of numberTokens(v.tokens, creditsOf(v))) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        const same = numberTokens(o.tokens, creditsOf(o)).filter((f) => f.value === figure.value);
        if (same.length === 0) continue;
        const basis = same.flatMap((f) => basesIn(o, f.index + 1, f.index + 1 + REACH))[0];
        if (!basis) {
          agree.push(o);
          continue;
        }
        disagree.push(o);
        const span = tokenSpan(o, basis[0], basis[1]);
        if (span) versus.push(span);
      }
      const verdict = judgeOneSided(ctx, v, agree, disagree, 'medium');
      const span = tokenSpan(v, figure.index, figure.index + 1);
      if (!verdict || !span || disagree.length < 2) continue;
      out.push({
        rule: 'basis-dropped',
        kind: 'detail_dropped',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" is given without what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} it counts: ${quoteWordings(versus)}`,
        actual: span.text,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

/** The basis phrases of `v` starting within tokens [from, to), as token ranges. */
function basesIn(v: Variant, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (let i = from; i < Math.min(to, v.tokens.length); i++) {
    const words = BASES.find((b) => b.every((w, k) => v.tokens[i + k]?.text.toLowerCase() === w));
    if (words) found.push([i, i + words.length]);
  }
  return found;
}
