import type { Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { DateTag, TimeTag } from './tag.ts';
import { findTimes } from '../../extract/find-times.ts';
import { readFromLength } from '../../extract/extract-dates.ts';
import { wordRange } from './word-range.ts';
import { monthNumber } from '../../lexicon/calendar.ts';
import { UNITS } from '../../lexicon/units.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The value of a date tag that names only a day of the week ("W0" Sunday .. "W6" Saturday). */
export const WEEKDAY_VALUE = 'W';

// "this year", "next year" fix a year against the article's date; "now", "recently", "this week" name no date the text gives
const FIXED_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|christmas|easter|\b(?:1[89]|20)\d\d\b|\b(?:this|next|last) year\b|\d{1,2}\/\d{1,2}/i;

/** The dates the extractor read (normalised against the article's date) and the times of day, as word ranges. */
export function tagDates(words: readonly WordToken[], text: string, mentions: readonly Mention[]): (DateTag | TimeTag)[] {
  const out: (DateTag | TimeTag)[] = [];
  const times = findTimes(text).map((t) => ({ ...t, ...wordRange(words, t.start, t.end) })).filter((t) => t.to > t.from);
  for (const m of mentions) {
    if (m.kind !== 'date') continue;
    const r = measureAtEnd(words, wordRange(words, m.start, m.end));
    if (r.to <= r.from || times.some((t) => t.from < r.to && r.from < t.to && !/[a-z]{3}/i.test(m.text))) continue;
    // "40 minutes after take-off", "for 5 hours 40 minutes": a length, compared as a figure of duration
    if (readFromLength(m.text)) continue;
    const fixed = /^(\d{4}|--)/.test(m.value) && FIXED_DATE.test(m.text);
    // a range of months read as one date ("November to February") is two dates, as "between November and February" is
    const range = monthRange(words, r, m.value);
    if (range) {
      out.push({ kind: 'date', from: r.from, to: range.split, value: m.value }, { kind: 'date', from: range.split + 1, to: r.to, value: range.end });
      continue;
    }
    // a range of days read as one date ("April 26-29", "26 to 29 April") is its two days, as "between April 26 and 29" is
    const days = dayRange(words, text, r, m.value);
    if (days) {
      out.push(...days);
      continue;
    }
    out.push({ kind: 'date', from: r.from, to: r.to, value: m.value, ...(fixed ? {} : { relative: true as const }) });
    out.push(...coordinatedDays(words, text, r, m.value));
  }
  // a weekday no date was read for (an article with no date of its own: a wire copy whose dateline carries no
  // year): the day of the week it names, to be set against the others' days
  words.forEach((w, k) => {
    const day = WEEKDAYS.indexOf(w.text.toLowerCase());
    if (day < 0 || out.some((d) => d.from <= k && k < d.to)) return;
    // "on Tuesday", "Tuesday's"; not "Tuesdays" or a name ("Friday Mills")
    if (/^\p{Lu}/u.test(words[k + 1]?.text ?? '') && !/[,.;:]/.test(text.slice(w.end, words[k + 1]!.start))) return;
    out.push({ kind: 'date', from: k, to: k + 1, value: `${WEEKDAY_VALUE}${day}` });
  });
  for (const t of times) {
    if (out.some((d) => d.from <= t.from && t.to <= d.to && d.kind === 'time')) continue;
    // (the zone written after the time, not one inside a bracket after it: "9:47 pm (2047 GMT)" is local)
    const after = text.slice(t.end, t.end + 12).split(/[()[\]]/)[0];
    const zone = /\b(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|IST|JST|local time)\b/i.exec(text.slice(t.start, t.end) + after)?.[1]?.toLowerCase().replace(' time', '');
    out.push({ kind: 'time', from: t.from, to: t.to, minutes: t.minutes, certain: t.certain, ...(zone ? { zone: zone === 'utc' ? 'gmt' : zone } : {}) });
  }
  return out;
}

// A range of days read as one date of its first day ("April 26-29", "April 26 to 29", "26 to 29 April", "July 8 to
// July 19"): its two days, each with its own month or the other end's, in the year of the date read.
function dayRange(words: readonly WordToken[], text: string, r: { from: number; to: number }, value: string): DateTag[] | undefined {
  const ymd = /^(\d{4}|-)-(\d{2})-\d{2}$/.exec(value);
  if (!ymd || r.to - r.from < 3 || r.to - r.from > 6) return undefined;
  const monthOf = (t: WordToken): number => monthNumber(t.norm);
  const isDay = (t: WordToken): boolean => /^\d{1,2}(?:st|nd|rd|th)?$/i.test(t.text) && Number.parseInt(t.text, 10) >= 1 && Number.parseInt(t.text, 10) <= 31;
  for (let k = r.from + 1; k < r.to; k++) {
    const connector = /^(?:to|until|till|through)$/i.test(words[k]!.text);
    const dashed = /^\s*[-–—]\s*$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
    if (!connector && !dashed) continue;
    const left = words.slice(r.from, k);
    const right = words.slice(connector ? k + 1 : k, r.to);
    const [dayA, dayB] = [left.filter(isDay), right.filter(isDay)];
    const [monthA, monthB] = [left.map(monthOf).filter((m) => m > 0), right.map(monthOf).filter((m) => m > 0)];
    if (dayA.length !== 1 || dayB.length !== 1 || monthA.length + monthB.length === 0 || monthA.length > 1 || monthB.length > 1) return undefined;
    const first = monthA[0] ?? monthB[0]!;
    const second = monthB[0] ?? monthA[0]!;
    // the date read must be the range's first day
    if (first !== Number(ymd[2]) || Number.parseInt(dayA[0]!.text, 10) !== Number(value.slice(-2))) return undefined;
    const year = ymd[1] === '-' ? '-' : String(Number(ymd[1]) + (second < first ? 1 : 0));
    const at = (y: string, m: number, d: WordToken): string => `${y}-${String(m).padStart(2, '0')}-${String(Number.parseInt(d.text, 10)).padStart(2, '0')}`;
    return [
      { kind: 'date', from: r.from, to: k, value: at(ymd[1]!, first, dayA[0]!) },
      { kind: 'date', from: connector ? k + 1 : k, to: r.to, value: at(year, second, dayB[0]!) },
    ];
  }
  return undefined;
}

// A date read over the figure of a measure after it ("last year from [8] minutes 50 seconds"): the figure and the
// word joining it are the measure's, not the date's.
function measureAtEnd(words: readonly WordToken[], r: { from: number; to: number }): { from: number; to: number } {
  const last = words[r.to - 1];
  if (r.to - r.from < 3 || !last || !/^\d+(?:\.\d+)?$/.test(last.text) || UNITS.get(words[r.to]?.text.toLowerCase() ?? '')?.dimension !== 'duration') return r;
  const to = /^(?:from|to|by|for|of|and)$/i.test(words[r.to - 2]!.text) ? r.to - 2 : r.to - 1;
  return { from: r.from, to };
}

// Days joined to a date's own day that the date leaves out ("October 18 and 19", "18 and 19 October", "May 3, 4 and
// 5"): each a date of its own in the same month and year, as "October 18 and October 19" is. The days run upwards
// from the date's day after it, or up to it before it; a day after the date must not stand before a noun ("October 18
// and 19 people").
function coordinatedDays(words: readonly WordToken[], text: string, r: { from: number; to: number }, value: string): DateTag[] {
  const ymd = /^((?:\d{4}|-)-\d{2})-(\d{2})$/.exec(value);
  if (!ymd) return [];
  const day = (k: number): number => (/^\d{1,2}$/.test(words[k]?.text ?? '') ? Number(words[k]!.text) : 0);
  const at = (k: number): DateTag => ({ kind: 'date', from: k, to: k + 1, value: `${ymd[1]}-${String(day(k)).padStart(2, '0')}` });
  const out: DateTag[] = [];
  // after: "October 18 and 19", "October 18, 19 and 20"
  let last = Number(ymd[2]);
  for (let k = r.to - 1; ; ) {
    const next = /^(?:and|or|&)$/i.test(words[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (next === k + 1 && !/^\s*,\s*$/.test(text.slice(words[k]!.end, words[k + 1]?.start ?? words[k]!.end))) break;
    const d = day(next);
    if (d <= last || d > 31 || (/NOUN|PROPN|NUM|ADJ/.test(words[next + 1]?.pos ?? '') && !/[,.;:]/.test(text.slice(words[next]!.end, words[next + 1]!.start)))) break;
    out.push(at(next));
    [k, last] = [next, d];
  }
  // before: "18 and 19 October", "17, 18 and 19 October" (the date opens with its day)
  let first = day(r.from) === Number(ymd[2]) ? Number(ymd[2]) : 0;
  for (let k = r.from; first > 0; ) {
    const prev = /^(?:and|or|&)$/i.test(words[k - 1]?.text ?? '') ? k - 2 : k - 1;
    if (prev < 0 || (prev === k - 1 && !/^\s*,\s*$/.test(text.slice(words[prev]!.end, words[k]!.start)))) break;
    const d = day(prev);
    if (d <= 0 || d >= first) break;
    out.push(at(prev));
    [k, first] = [prev, d];
  }
  return out;
}

// "<month> [year] to|until|through <month> [year]" ("November to February", "March 2026 through June 2027"), read
// as one date by its first month: where the second month starts, and its value in the first's form ("--02", or
// "2027-02" when the first carries a year: the second's own year, else the later month in the same year or the next).
function monthRange(words: readonly WordToken[], r: { from: number; to: number }, value: string): { split: number; end: string } | undefined {
  const k = words.slice(r.from, r.to).findIndex((w) => /^(?:to|until|through|till)$/i.test(w.text)) + r.from;
  if (k <= r.from) return undefined;
  // a side is a month, with its year or not
  const side = (from: number, to: number): { month: number; year: number | null } | null => {
    const [m, y] = [words[from], words[from + 1]];
    if (!m || to - from > 2 || (to - from === 2 && !/^\d{4}$/.test(y?.text ?? ''))) return null;
    return { month: monthNumber(m.norm), year: to - from === 2 ? Number(y!.text) : null };
  };
  const [a, b] = [side(r.from, k), side(k + 1, r.to)];
  const year = /^(\d{4})-(\d{2})$/.exec(value);
  if (!a || !b || a.month < 1 || b.month < 1 || !(value === `--${String(a.month).padStart(2, '0')}` || (year && Number(year[2]) === a.month))) return undefined;
  const pad = String(b.month).padStart(2, '0');
  const end = b.year !== null ? `${b.year}-${pad}` : year ? `${Number(year[1]) + (b.month < a.month ? 1 : 0)}-${pad}` : `--${pad}`;
  return { split: k, end };
}
