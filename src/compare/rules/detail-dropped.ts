import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { SCOPE_LIMITERS } from '../scope-limiters.ts';
import { gapSpan, oppositeRange, tokenSpan } from '../variant-helpers.ts';

/** A limit the other outlets put on the claim ("temporary", "partly") that this version drops, so it reads wider. */
export function detailDropped(ctx: ClaimContext): Finding[] {
  const limiters = new Map(ctx.variants.map((v) => [v.index, v.tokens.flatMap((t, i) => (SCOPE_LIMITERS.has(t.text.toLowerCase()) ? [i] : []))]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = new Set((limiters.get(v.index) ?? []).map((i) => v.tokens[i]!.stem));
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    let where: [number, number] | undefined;
    let dropped = '';
    for (const o of comparableOthers(ctx, v)) {
      const theirs = (limiters.get(o.index) ?? []).filter((h) => anchored(ctx, o, v, h, 2));
      if (theirs.length === 0) {
        agree.push(o);
        continue;
      }
      const h = theirs[0]!;
      if (mine.has(o.tokens[h]!.stem)) {
        agree.push(o);
        continue;
      }
      if (dropped && o.tokens[h]!.stem !== dropped) continue;
      dropped = o.tokens[h]!.stem;
      disagree.push(o);
      const span = tokenSpan(o, h, h + 2);
      if (span) versus.push(span);
      const [from, to] = oppositeRange(ctx, o, v, h);
      // the word the limit modified ("preliminary [report]"), where this version has it: that is what now reads wider
      const head = ctx.align(o.index, v.index).aToB[h + 1] ?? -1;
      // with another word in the limit's place ("an indefinite halt" for "a temporary halt"), that word and the head
      const swapped = head > 0 && head - 1 >= from && head - 1 < to && v.tokens[head - 1]!.content;
      where ??= head >= 0 ? [swapped ? head - 1 : head, head + 1] : [from, Math.max(to, from + 1)];
    }
    const verdict = judgeOutlier(ctx, v, agree, disagree, 'medium');
    if (!verdict || !where) continue;
    const span = gapSpan(v, where[0], where[1]);
    if (!span || span.text.length > 60) continue;
    out.push({
      rule: 'detail-dropped',
      kind: 'detail_dropped',
      severity: verdict.severity,
      span,
      versus,
      message: `drops the limit ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'put')} on it (${quoteWordings(versus)}), so it reads wider than they report`,
      actual: span.text,
      expected: versus[0]?.text ?? '',
    });
  }
  return out;
}
