import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { oppositeRange } from '../variant-helpers.ts';
import { sameTime, type TimeOfDay } from '../../extract/find-times.ts';
import { variantTimes, type VariantTime } from '../variant-times.ts';

/** A time of day that cannot be the one the other outlets give ("8:30 a.m." where they say "7.30am"): a date change. */
export function timeChanged(ctx: ClaimContext): Finding[] {
  const times = new Map(ctx.variants.map((v) => [v.index, variantTimes(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = times.get(v.index) ?? [];
    for (const time of mine) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        const theirs = times.get(o.index) ?? [];
        if (theirs.some((t) => sameTime(time, t))) {
          agree.push(o);
          continue;
        }
        const counterpart = counterpartOf(ctx, v, o, time, mine, theirs);
        if (counterpart) {
          disagree.push(o);
          versus.push({ article: o.article.id, start: counterpart.start, end: counterpart.end, text: o.article.text.slice(counterpart.start, counterpart.end) });
        }
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
      if (!verdict) continue;
      const span = { article: v.article.id, start: time.start, end: time.end, text: v.article.text.slice(time.start, time.end) };
      out.push({
        rule: 'time-changed',
        kind: 'date',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} the time as ${quoteWordings(versus)}`,
        actual: clock(time),
        expected: versus.length ? clock(times.get(disagree[0]!.index)!.find((t) => t.start === versus[0]!.start)!) : '',
      });
    }
  }
  return out;
}

// The time of `o` standing where `time` stands in `v`: opposite it, or the only time on both sides.
function counterpartOf(ctx: ClaimContext, v: Variant, o: Variant, time: VariantTime, mine: readonly VariantTime[], theirs: readonly VariantTime[]): VariantTime | undefined {
  const [from, to] = oppositeRange(ctx, v, o, time.index);
  if (to - from <= 5) {
    const opposite = theirs.find((t) => t.index >= from && t.index < to);
    if (opposite) return opposite;
  }
  return mine.length === 1 && theirs.length === 1 ? theirs[0] : undefined;
}

function clock(t: TimeOfDay): string {
  return `${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
}
