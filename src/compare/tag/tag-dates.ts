import type { Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { DateTag, TimeTag } from './tag.ts';
import { findTimes } from '../../extract/find-times.ts';
import { wordRange } from './word-range.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/calendar.ts';

// "this year", "next year" fix a year against the article's date; "now", "recently", "this week" name no date the text gives
const FIXED_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|christmas|easter|\b(?:1[89]|20)\d\d\b|\b(?:this|next|last) year\b|\d{1,2}\/\d{1,2}/i;

/** The dates the extractor read (normalised against the article's date) and the times of day, as word ranges. */
export function tagDates(words: readonly WordToken[], text: string, mentions: readonly Mention[]): (DateTag | TimeTag)[] {
  const out: (DateTag | TimeTag)[] = [];
  const times = findTimes(text).map((t) => ({ ...t, ...wordRange(words, t.start, t.end) })).filter((t) => t.to > t.from);
  for (const m of mentions) {
    if (m.kind !== 'date') continue;
    const r = wordRange(words, m.start, m.end);
    if (r.to <= r.from || times.some((t) => t.from < r.to && r.from < t.to && !/[a-z]{3}/i.test(m.text))) continue;
    const fixed = /^(\d{4}|--)/.test(m.value) && FIXED_DATE.test(m.text);
    // a range of months read as one date ("November to February") is two dates, as "between November and February" is
    const range = monthRange(words, r, m.value);
    if (range) {
      out.push({ kind: 'date', from: r.from, to: range.split, value: m.value }, { kind: 'date', from: range.split + 1, to: r.to, value: range.end });
      continue;
    }
    out.push({ kind: 'date', from: r.from, to: r.to, value: m.value, ...(fixed ? {} : { relative: true as const }) });
  }
  for (const t of times) {
    if (out.some((d) => d.from <= t.from && t.to <= d.to && d.kind === 'time')) continue;
    const zone = /\b(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|IST|JST|local time)\b/i.exec(text.slice(t.start, t.end + 12))?.[1]?.toLowerCase().replace(' time', '');
    out.push({ kind: 'time', from: t.from, to: t.to, minutes: t.minutes, certain: t.certain, ...(zone ? { zone: zone === 'utc' ? 'gmt' : zone } : {}) });
  }
  return out;
}

// "<month> to|until|through <month>", read as one date by its first month: where the second month starts, and its value
// in the first's form ("--02", or "2027-02" when the first carries a year: the later month in the same year or the next).
function monthRange(words: readonly WordToken[], r: { from: number; to: number }, value: string): { split: number; end: string } | undefined {
  if (r.to - r.from !== 3 || !/^(?:to|until|through|till)$/i.test(words[r.from + 1]!.text)) return undefined;
  const month = (w: WordToken): number => MONTH_NAMES.indexOf(MONTH_ABBREVIATIONS[w.norm] ?? w.norm) + 1;
  const [a, b] = [month(words[r.from]!), month(words[r.from + 2]!)];
  const year = /^(\d{4})-(\d{2})$/.exec(value);
  if (a < 1 || b < 1 || !(value === `--${String(a).padStart(2, '0')}` || year)) return undefined;
  const end = year ? `${Number(year[1]) + (b < a ? 1 : 0)}-${String(b).padStart(2, '0')}` : `--${String(b).padStart(2, '0')}`;
  return { split: r.from + 1, end };
}
