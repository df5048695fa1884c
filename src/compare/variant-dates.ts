import type { Variant } from './claim-context.ts';
import { SPELLING_LEXICON } from '../lexicon/spelling.ts';

/** A date written in a variant: where, and its value ("2026-01-03", "--01-03", "2026-01", "2026"). */
export interface VariantDate {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

const MONTHS: readonly string[] = SPELLING_LEXICON.months;
// "this year", "next year" fix a year against the article's date: coarse, but a year ("early next year" / "2027")
const FIXED_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|christmas|easter|\b(?:this|next|last) year\b/i;

/** The dates of a variant: the extractor's date mentions, or dates spotted in the words when there are none. */
export function variantDates(v: Variant): VariantDate[] {
  const found: VariantDate[] = [];
  for (const m of v.mentions) {
    // "now", "recently", "this week" resolve to the article's own date: not a date the text gives
    if (m.kind !== 'date' || !/^(\d{4}|--)/.test(m.value) || !FIXED_DATE.test(m.text)) continue;
    const index = v.tokens.findIndex((t) => t.start >= m.start && t.start < m.end);
    if (index >= 0) found.push({ index, start: m.start, end: m.end, value: m.value });
  }
  return found.length > 0 ? found : spotDates(v);
}

function spotDates(v: Variant): VariantDate[] {
  const out: VariantDate[] = [];
  const t = v.tokens;
  for (let i = 0; i < t.length; i++) {
    const month = MONTHS.indexOf(t[i]!.norm);
    if (month < 0 || t[i]!.text === 'may') continue;
    const mm = String(month + 1).padStart(2, '0');
    const after = t[i + 1];
    const before = t[i - 1];
    let start = t[i]!.start;
    let end = t[i]!.end;
    let day = '';
    if (after && /^\d{1,2}$/.test(after.norm)) {
      day = after.norm.padStart(2, '0');
      end = after.end;
    } else if (before && /^\d{1,2}$/.test(before.norm)) {
      day = before.norm.padStart(2, '0');
      start = before.start;
    }
    const yearToken = t.slice(i + 1, i + 3).find((x) => /^(1[89]|20)\d\d$/.test(x.norm));
    if (yearToken) end = Math.max(end, yearToken.end);
    const year = yearToken?.norm ?? '-';
    const value = day ? `${year}-${mm}-${day}` : year === '-' ? `--${mm}` : `${year}-${mm}`;
    out.push({ index: i, start, end, value });
  }
  return out;
}

/** True when two date values can name the same time (one is coarser than, or equal to, the other). */
export function compatibleDates(a: string, b: string): boolean {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let k = 0; k < 3; k++) {
    const x = pa[k];
    const y = pb[k];
    if (x && y && x !== y) return false;
  }
  return true;
}

/** The year, month and day a date value fixes (each undefined when it does not). */
export function dateParts(value: string): (string | undefined)[] {
  return partsOf(value);
}

function partsOf(value: string): (string | undefined)[] {
  const m = /^(\d{4}|-)?-?(?:-?(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return [];
  const year = m[1] && m[1] !== '-' ? m[1] : undefined;
  return [year, m[2], m[3]];
}
