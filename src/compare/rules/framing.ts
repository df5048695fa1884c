import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets } from '../finding.ts';
import { judgeOneSided } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { bracketed } from '../bracketed.ts';
import { loadedStrength } from '../loaded-strength.ts';
import { oppositeRange, tokenSpan } from '../variant-helpers.ts';
import { variantQuotes } from '../variant-quotes.ts';

/** A loaded or evaluative word ("regime", "secretly", "slammed") the other outlets carrying the claim do without. */
export function framing(ctx: ClaimContext): Finding[] {
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    // a quotation's words are the speaker's, not the outlet's framing (a changed quotation is quoteAltered's)
    const quoted = variantQuotes(v);
    v.tokens.forEach((t, i) => {
      const strength = loadedStrength(t);
      if (!strength || quoted.some((q) => q.from <= i && i < q.to)) return;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        if (o.tokens.some((x) => x.stem === t.stem) || o.tokens.some((x, j) => loadedStrength(x) === 2 && near(ctx, v, o, i).includes(j) && near(ctx, o, v, j).includes(i))) {
          agree.push(o);
          continue;
        }
        if (!carriesPlace(ctx, v, o, i)) continue;
        disagree.push(o);
        const [from, to] = oppositeRange(ctx, v, o, i);
        const span = to - from <= 3 && (anchored(ctx, v, o, i, 4) || bracketed(ctx, v, o, i)) ? tokenSpan(o, from, Math.max(to, from + 1)) : null;
        if (span && o.tokens.slice(from, Math.max(to, from + 1)).some((x) => x.content && !loadedStrength(x))) versus.push(span);
      }
      const verdict = judgeOneSided(ctx, v, agree, disagree, strength === 2 ? 'medium' : 'low');
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

// `o` carries the place of token `i` of `v`: a shared word close by, shared words on both sides, or the whole
// claim told without any loaded word (the loaded word then sits in a clause `v` adds).
function carriesPlace(ctx: ClaimContext, v: Variant, o: Variant, i: number): boolean {
  if (anchored(ctx, v, o, i, 4) || bracketed(ctx, v, o, i)) return true;
  return ctx.overlap(o.index, v.index) >= 0.5 && !o.tokens.some((x) => loadedStrength(x));
}

// The few words of `o` standing opposite token `i` of `v`: the gap between the partners of its aligned neighbours
// when that gap is short, and the two words right against the partner of its nearest aligned neighbour on either
// side ("the deposed [Maduro]" / "dictators [Maduro]"). Both words must stand opposite each other, so "the regime
// led by ..." is not answered by a "stranglehold" that closes a shorter clause.
function near(ctx: ClaimContext, v: Variant, o: Variant, i: number): number[] {
  const { aToB } = ctx.align(v.index, o.index);
  const out = new Set<number>();
  const [from, to] = oppositeRange(ctx, v, o, i);
  if (to - from <= 3) for (let k = Math.max(from - 1, 0); k <= to && k < o.tokens.length; k++) out.add(k);
  const before = aToB.slice(0, i).findLast((x) => x >= 0);
  const after = aToB.slice(i + 1).find((x) => x >= 0);
  if (before !== undefined) for (let k = before + 1; k <= before + 2 && k < o.tokens.length; k++) out.add(k);
  if (after !== undefined) for (let k = Math.max(after - 2, 0); k < after; k++) out.add(k);
  return [...out];
}
