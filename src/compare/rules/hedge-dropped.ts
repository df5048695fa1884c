import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import { creditsOf } from '../credits-of.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { hasWeakHedge, hedgeTokens, weakHedgeTokens, type HedgeToken } from '../hedge-words.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { gapSpan, oppositeRange, tokenSpan } from '../variant-helpers.ts';

const CERTAIN: ReadonlySet<string> = new Set(['will', "won't", 'shall']);

/** A statement the other outlets hedge ("may", "likely", "reportedly"), stated here as certain. */
export function hedgeDropped(ctx: ClaimContext): Finding[] {
  const hedges = new Map(ctx.variants.map((v) => [v.index, hedgeTokens(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    if ((hedges.get(v.index) ?? []).length > 0 || hasWeakHedge(v)) continue;
    const credited = creditsOf(v).length > 0;
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    let where: [number, number] | undefined;
    for (const o of comparableOthers(ctx, v)) {
      // "reportedly" and a named source both say the claim is second-hand: not a dropped hedge
      // a weak modal counts where this version puts "will" in its place ("rents will rise" / "rents could rise")
      const weak = weakHedgeTokens(o).filter((k) => { const [from, to] = oppositeRange(ctx, o, v, k); return v.tokens.slice(from, to).some((t) => CERTAIN.has(t.text.toLowerCase())); });
      const theirs = [...(hedges.get(o.index) ?? []), ...weak.map((index) => ({ index, attributive: false }))]
        .filter((h: HedgeToken) => !(h.attributive && credited) && anchored(ctx, o, v, h.index));
      if (theirs.length === 0) {
        agree.push(o);
        continue;
      }
      const h = theirs[0]!;
      disagree.push(o);
      const span = tokenSpan(o, h.index, h.index + 1);
      if (span) versus.push(span);
      where ??= oppositeRange(ctx, o, v, h.index);
    }
    const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
    if (!verdict || !where) continue;
    const [from, to] = where;
    const span = gapSpan(v, from, to) ?? v.span;
    out.push({
      rule: 'hedge-dropped',
      kind: 'hedge',
      severity: verdict.severity,
      span: span.text.length > 60 ? v.span : span,
      versus,
      message: `states as certain what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'hedge')} with ${quoteWordings(versus)}`,
      actual: 'no hedge',
      expected: versus.map((s) => s.text.toLowerCase()).join(', '),
    });
  }
  return out;
}
