import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { anchored } from '../anchored.ts';
import { deniesAnything, negationTokens } from '../negation-words.ts';
import { gapSpan, isMatched, oppositeRange, tokenSpan } from '../variant-helpers.ts';

/** A claim denied here and affirmed by the others, or the reverse: the meaning is turned around. */
export function negationFlipped(ctx: ClaimContext): Finding[] {
  const negations = new Map(ctx.variants.map((v) => [v.index, negationTokens(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = negations.get(v.index) ?? [];
    const agree: Variant[] = [];
    const disagree: Variant[] = [];
    const versus: Span[] = [];
    let where: [number, number] | undefined;
    // a denial turned around shows in near-identical wording; looser pairs are paraphrase
    for (const o of comparableOthers(ctx, v).filter((x) => ctx.overlap(v.index, x.index) >= 0.5)) {
      const theirs = (negations.get(o.index) ?? []).filter((h) => carried(ctx, o, v, h));
      const relevant = mine.filter((h) => carried(ctx, v, o, h));
      if (relevant.length === 0 && theirs.length === 0) {
        if (mine.length === 0) agree.push(o);
        continue;
      }
      if (relevant.length > 0 ? deniesAnything(o) : deniesAnything(v)) {
        agree.push(o);
        continue;
      }
      if (relevant.length > 0) {
        disagree.push(o);
        const [from, to] = oppositeRange(ctx, v, o, relevant[0]!);
        const span = tokenSpan(o, from, Math.max(to, from + 1));
        if (span) versus.push(span);
        where ??= [relevant[0]!, relevant[0]! + 1];
      } else if (mine.length === 0) {
        disagree.push(o);
        const span = tokenSpan(o, theirs[0]!, theirs[0]! + 1);
        if (span) versus.push(span);
        const [from, to] = oppositeRange(ctx, o, v, theirs[0]!);
        where ??= [from, Math.max(to, from + 1)];
      }
    }
    const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
    if (!verdict || !where) continue;
    const span = mine.length > 0 ? tokenSpan(v, where[0], where[1]) : gapSpan(v, where[0], where[1]);
    if (!span || span.text.length > 60) continue;
    const denies = mine.length > 0;
    out.push({
      rule: 'negation-flipped',
      kind: 'meaning',
      severity: verdict.severity,
      span,
      versus,
      message: denies
        ? `"${span.text}" denies what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'affirm')}`
        : `affirms what ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'deny')} with ${quoteWordings(versus)}`,
      actual: denies ? 'negated' : 'affirmed',
      expected: denies ? 'affirmed' : 'negated',
    });
  }
  return out;
}

// The negation of `a` bears on `b` only when `b` carries what it negates: "has not been announced" against a
// version with no word of announcing is a dropped clause, not a claim turned around.
function carried(ctx: ClaimContext, a: Variant, b: Variant, h: number): boolean {
  if (!anchored(ctx, a, b, h)) return false;
  for (let k = h + 1; k < a.tokens.length && k <= h + 5; k++) {
    const t = a.tokens[k]!;
    if (t.content && /VERB|NOUN|ADJ|PROPN|NUM/.test(t.pos)) return isMatched(ctx, a, b, k) || b.tokens.some((x) => x.stem === t.stem);
  }
  return true;
}
