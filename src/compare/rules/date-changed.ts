import type { Span } from '../../model/index.ts';
import type { ClaimContext, Variant } from '../claim-context.ts';
import type { Finding } from '../finding.ts';
import { conjugate, outlets, quoteWordings } from '../finding.ts';
import { judgeOutlier } from '../judge-outlier.ts';
import { compatibleDates, dateParts, variantDates, type VariantDate } from '../variant-dates.ts';
import { oppositeRange } from '../variant-helpers.ts';

/** A date that cannot be the one the other outlets give ("Jan. 4" where they say "January 3"). */
export function dateChanged(ctx: ClaimContext): Finding[] {
  const dates = new Map(ctx.variants.map((v) => [v.index, variantDates(v)]));
  const out: Finding[] = [];
  for (const v of ctx.variants) {
    const mine = dates.get(v.index) ?? [];
    for (const date of mine) {
      const agree: Variant[] = [];
      const disagree: Variant[] = [];
      const versus: Span[] = [];
      for (const o of ctx.others(v.index)) {
        const theirs = dates.get(o.index) ?? [];
        const counterpart = counterpartOf(ctx, v, o, date, mine, theirs);
        // the same words ("within 90 days") agree, even when articles of other days resolve them to other dates; a
        // coarser date elsewhere ("in 2026 ... said Wednesday") cannot vouch for a day the date opposite contradicts
        if (theirs.some((d) => wording(v, date) === wording(o, d) || (compatibleDates(date.value, d.value) && vouches(d, date, counterpart)))) {
          agree.push(o);
          continue;
        }
        if (counterpart) {
          disagree.push(o);
          versus.push({ article: o.article.id, start: counterpart.start, end: counterpart.end, text: o.article.text.slice(counterpart.start, counterpart.end) });
        }
      }
      const verdict = judgeOutlier(ctx, v, agree, disagree, 'high');
      if (!verdict) continue;
      const span = { article: v.article.id, start: date.start, end: date.end, text: v.article.text.slice(date.start, date.end) };
      out.push({
        rule: 'date-changed',
        kind: 'date',
        severity: verdict.severity,
        span,
        versus,
        message: `"${span.text}" where ${outlets(disagree.length)} carrying this claim ${conjugate(disagree.length, 'say')} ${quoteWordings(versus)}`,
        actual: date.value,
        expected: versus.length ? (dates.get(disagree[0]!.index) ?? []).find((d) => d.start === versus[0]!.start)?.value ?? '' : '',
      });
    }
  }
  return out;
}

// The date of `o` standing where `date` stands in `v`: opposite it, or the only date on both sides.
function counterpartOf(ctx: ClaimContext, v: Variant, o: Variant, date: VariantDate, mine: readonly VariantDate[], theirs: readonly VariantDate[]): VariantDate | undefined {
  const [from, to] = oppositeRange(ctx, v, o, date.index);
  if (to - from <= 5) {
    const opposite = theirs.find((d) => d.index >= from && d.index < to);
    if (opposite) return opposite;
  }
  if (mine.length === 1 && theirs.length === 1 && /^\d{4}-\d\d-\d\d$/.test(date.value) && /^\d{4}-\d\d-\d\d$/.test(theirs[0]!.value)) return theirs[0];
  // the only day each version gives, hung on the same word ("agency said Tuesday" / "Institute said on Wednesday"),
  // however far apart the aligner left the words before it
  const days = (list: readonly VariantDate[]) => list.filter((d) => DAY.test(d.value));
  const [their] = days(theirs);
  if (DAY.test(date.value) && days(mine).length === 1 && days(theirs).length === 1 && their) {
    const hook = wordBefore(v, date);
    if (hook && hook === wordBefore(o, their)) return their;
  }
  // both versions end on their only date after the words they share ("... seek approval by the end of this year." /
  // "... seek approval from the FDA early next year."): the dates close the same statement
  if (mine.length === 1 && theirs.length === 1 && closes(v, date) && closes(o, theirs[0]!) && theirs[0]!.index >= from) return theirs[0];
  return undefined;
}

// A date of theirs compatible with ours speaks for it when it stands opposite, when none does, or when it fixes as much.
function vouches(theirs: VariantDate, mine: VariantDate, counterpart: VariantDate | undefined): boolean {
  if (!counterpart || theirs === counterpart) return true;
  return fixed(theirs.value) >= fixed(mine.value);
}

function fixed(value: string): number {
  return dateParts(value).filter((p) => p !== undefined).length;
}

const DAY = /^\d{4}-\d\d-\d\d$/;
// Words that join a date to what it dates ("said on Tuesday", "arrested last Monday"): passed over to find that word.
const DATE_JOINERS = new Set(['on', 'last', 'this', 'late', 'early']);

// The normalised word a date hangs on: the nearest word before it that is not a joiner.
function wordBefore(v: Variant, date: VariantDate): string | undefined {
  const before = v.tokens.filter((t) => t.end <= date.start);
  for (let k = before.length - 1; k >= 0; k--) {
    const norm = before[k]!.norm;
    if (!DATE_JOINERS.has(norm)) return norm;
  }
  return undefined;
}

// A date's words in their normalised forms ("within ninety days" = "within 90 days").
function wording(v: Variant, date: VariantDate): string {
  return v.tokens.filter((t) => t.start >= date.start && t.end <= date.end).map((t) => t.norm).join(' ');
}

// No content word follows the date in its wording.
function closes(v: Variant, date: VariantDate): boolean {
  return !v.tokens.some((t) => t.start >= date.end && t.content);
}
