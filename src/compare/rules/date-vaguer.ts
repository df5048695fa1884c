import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { comparableOthers } from '../comparable.ts';
import { judgeOneSided } from '../judge-outlier.ts';
import { compatibleDates, dateParts, variantDates, type VariantDate } from '../variant-dates.ts';
import { oppositeRange } from '../variant-helpers.ts';

/** A date told less exactly than the others tell it ("in January" where they say "Jan. 8"): the day is lost. */
export function dateVaguer(ctx: ClaimContext): Finding[] {
  const dates = new Map(ctx.variants.map((v) => [v.index, variantDates(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    for (const date of dates.get(v.index) ?? []) {
      const mine = precision(date.value);
      if (mine === 0 || mine === 3) continue;
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of comparableOthers(ctx, v)) {
        const theirs = opposite(ctx, v, o, date, dates.get(o.index) ?? []);
        if (!theirs || !compatibleDates(date.value, theirs.value)) continue;
        const level = precision(theirs.value);
        if (level === mine) agree.push(o);
        else if (level > mine) {
          disagree.push(o);
          versus.push({ article: o.article.id, start: theirs.start, end: theirs.end, text: o.article.text.slice(theirs.start, theirs.end) });
        }
      }
      // the same month word on both sides ties the two dates together
      const tied = disagree.length === 1 && sameMonthWord(ctx, v, disagree[0]!, date);
      const verdict = judgeOneSided(ctx, v, agree, disagree, 'medium', tied);
      if (!verdict) continue;
      const span = { article: v.article.id, start: date.start, end: date.end, text: v.article.text.slice(date.start, date.end) };
      out.push({
        rule: 'date-vaguer',
        kind: 'date',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'give')} the exact date (${quoteWordings(versus)}): the reader cannot tell which ${mine === 2 ? 'day' : 'month'}`,
        actual: date.value,
        expected: versus[0]?.text ?? '',
      });
    }
  }
  return out;
}

function sameMonthWord(ctx: ClaimContext, v: Variant, o: Variant, date: VariantDate): boolean {
  const partner = ctx.align(v.index, o.index).aToB[date.index] ?? -1;
  return partner >= 0 && variantDates(o).some((d) => d.index === partner);
}

// How exactly a date value is told: 3 a day of a month, 2 a month, 1 a year alone, 0 anything else (weeks, seasons).
function precision(value: string): number {
  if (!/^(\d{4}|-)(-\d\d(-\d\d)?|-(-\d\d){1,2})?$/.test(value)) return 0;
  const [, month, day] = dateParts(value);
  return day ? 3 : month ? 2 : 1;
}

// The date of `o` standing where `date` stands in `v`: among the few words opposite it.
function opposite(ctx: ClaimContext, v: Variant, o: Variant, date: VariantDate, theirs: readonly VariantDate[]): VariantDate | undefined {
  const [from, to] = oppositeRange(ctx, v, o, date.index);
  if (to - from > 6) return undefined;
  return theirs.find((d) => d.index >= from && d.index < to);
}
