import { sameTime } from '../../extract/find-times.ts';
import { tagsAt, tagsIn, textOf, type Change, type View } from './change.ts';
import { WEEKDAY_VALUE } from '../tag/tag-dates.ts';
import { sameWord } from '../same-word.ts';
import type { TimeTag } from '../tag/tag.ts';
import { monthNumber } from '../../lexicon/calendar.ts';

/** Dates and times: another day or month (a weekday read against the article's date), a coarser date, another time of day. */
export function typeDates(base: View, other: View): Change[] {
  const out: Change[] = [];
  const mine = tagsAt(other, 'date').filter((d) => !d.relative);
  const used = new Set<number>();
  const theirs = tagsAt(base, 'date').filter((d) => !d.relative);
  for (const a of theirs) {
    // dates stand for one another when they can be the same, or sit at the same place of short readings
    const short = other.to - other.from <= 6 && base.to - base.from <= 6;
    // or are each reading's only date, given as finely ("in March" / "in February")
    // (a year alone is often background, "since 1990": only months and days pair this way)
    const only = mine.length === 1 && theirs.length === 1 && precision(a.value) >= 2;
    // or are each reading's only date, each a month or finer written with its month, after the same word, and cannot
    // name the same time however finely each is given ("by June 30" / "by the end of July")
    const monthly = (view: View, d: { from: number; to: number }): boolean => view.v.tokens.slice(d.from, d.to).some((t) => monthNumber(t.norm) > 0);
    const lead = base.v.tokens[a.from - 1];
    const apart = (b: { from: number; to: number; value: string }): boolean => {
      const theirLead = other.v.tokens[b.from - 1];
      return only && precision(b.value) >= 2 && !compatible(a.value, b.value) && monthly(base, a) && monthly(other, b)
        && lead !== undefined && theirLead !== undefined && sameWord(lead, theirLead);
    };
    // at the same place of their readings, counted from either end
    const near = (b: { from: number; to: number }): boolean => Math.abs((b.from - other.from) - (a.from - base.from)) <= 2 || Math.abs((other.to - b.to) - (base.to - a.to)) <= 2;
    // or both readings give as many dates, as finely, and this one stands in the same order ("between November and
    // February" / "between October and January")
    const inOrder = (i: number): boolean => mine.length === theirs.length && i === theirs.indexOf(a) && precision(a.value) >= 2 && mine.every((x, j) => precision(x.value) === precision(theirs[j]!.value));
    // or open both readings after the same word ("began «in 2024 and the road ...»" / "began «in 2023 with»": the slot
    // opens after the words the collation lined up, so the date holds the same place in the sentence)
    const opening = (b: { from: number }): boolean => a.from - base.from === 1 && b.from - other.from === 1
      && sameWord(base.v.tokens[base.from]!, other.v.tokens[other.from]!);
    // or reach across the same edge of both readings by as many words, the words outside lined up by the collation
    // ("in September «2026»" / "in September «2025 and was meant to run until August 2029»"): one date, its rest changed,
    // unless either wording gives the other's date elsewhere ("on Oct. 27, two days before the Oct. 29 election")
    const straddles = (b: { from: number; to: number; value: string }): boolean => ((a.from < base.from && b.from < other.from && base.from - a.from === other.from - b.from)
      || (a.to > base.to && b.to > other.to && a.to - base.to === b.to - other.to)) && !gives(base, b.value) && !gives(other, a.value);
    const fits = (b: (typeof mine)[number], i: number): boolean => !used.has(i) && ((compatible(a.value, b.value) && near(b)) || (short && precision(a.value) === precision(b.value) && near(b)) || (only && precision(a.value) === precision(b.value)) || apart(b) || (inOrder(i) && near(b)) || (opening(b) && precision(a.value) === precision(b.value)) || (straddles(b) && precision(a.value) === precision(b.value)));
    // of several that fit, the one naming the same day, then the one as fine, is its counterpart ("on 11 March" / "this year ... on Wednesday")
    const rank = (b: (typeof mine)[number]): number => (b.value === a.value ? 0 : 2) + (precision(b.value) === precision(a.value) ? 0 : 1);
    const k = mine.map((b, i) => ({ b, i })).filter(({ b, i }) => fits(b, i)).sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i)[0]?.i ?? -1;
    const b = mine[k];
    if (!b) continue;
    used.add(k);
    // a relative date written alike ("last week", "on Tuesday") is the same date, whenever each was published
    if (textOf(base.v, a.from, a.to).toLowerCase() === textOf(other.v, b.from, b.to).toLowerCase()) continue;
    const here = { from: b.from, to: b.to };
    const there = { from: a.from, to: a.to };
    // a day of the week alone (in an article with no date of its own) is set against the other's day of the week
    const alone = weekdayOf(a.value) !== null || weekdayOf(b.value) !== null;
    const [dayA, dayB] = [weekdayOf(a.value) ?? dayOfDate(a.value), weekdayOf(b.value) ?? dayOfDate(b.value)];
    if (alone) {
      if (dayA !== null && dayB !== null && dayA !== dayB) {
        out.push({ kind: 'date', type: 'date-changed', severity: 'high', here, there, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: b.value, expected: a.value });
      }
      continue;
    }
    if (!compatible(a.value, b.value) && !sameWeekday(textOf(base.v, a.from, a.to), a.value, textOf(other.v, b.from, b.to), b.value)) {
      out.push({ kind: 'date', type: 'date-changed', severity: 'high', here, there, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: b.value, expected: a.value });
    } else if (precision(b.value) < precision(a.value) && !endOfMonth(textOf(other.v, b.from, b.to), b.value, a.value) && !other.v.tags.some((t) => t.kind === 'date' && !t.relative && compatible(a.value, t.value) && precision(t.value) >= precision(a.value))) {
      // (vaguer only when the wording gives the finer date nowhere: "this year ... said on Wednesday" keeps the day)
      out.push({ kind: 'date', type: 'date-vaguer', severity: 'low', here, there, explain: (h, t, says) => `"${h}" is vaguer than the date ${says('give')}, "${t}"`, actual: b.value, expected: a.value });
    }
  }
  const times = tagsIn(other, 'time');
  const theirTimes = tagsIn(base, 'time');
  const same = (x: TimeTag, y: TimeTag): boolean => sameTime({ start: 0, end: 0, ...x }, { start: 0, end: 0, ...y });
  // a wording tells a time when it gives that time in the same zone anywhere (the collation may line up the "7" of two
  // times: "between 7am and 7pm" / "from 7:00 to 19:00")
  const tells = (view: View, t: TimeTag): boolean => view.v.tags.some((x) => x.kind === 'time' && x.zone === t.zone && same(x, t));
  for (const a of theirTimes) {
    // a time in another zone ("1400 GMT" / "3 p.m. local time") is not set against it
    if (tells(other, a)) continue;
    // against the times of the slot this wording does not tell itself ("between 8am and 7pm" / "between 7 am and 7 pm"),
    // else the one such time of the whole other wording (the collation may have set it in the next slot); the second
    // of as many against the second, else the first
    const untold = (ts: readonly TimeTag[]): TimeTag[] => ts.filter((t) => t.zone === a.zone && !tells(base, t));
    const inSlot = untold(times);
    const anywhere = untold(other.v.tags.filter((t): t is TimeTag => t.kind === 'time'));
    const mine = inSlot.length > 0 ? inSlot : anywhere.length === 1 ? anywhere : [];
    const ours = theirTimes.filter((t) => t.zone === a.zone && !tells(other, t));
    const b = mine.length === ours.length ? mine[ours.indexOf(a)] : mine[0];
    if (!b) continue;
    out.push({ kind: 'date', type: 'time-changed', severity: 'medium', here: { from: b.from, to: b.to }, there: { from: a.from, to: a.to }, explain: (h, t, says) => `gives the time as "${h}" where ${says('say')} "${t}"` });
  }
  return out;
}

// Whether a wording gives a date that can be the day asked about, anywhere in it.
function gives(view: View, value: string): boolean {
  return view.v.tags.some((t) => t.kind === 'date' && !t.relative && compatible(t.value, value));
}

/**
 * Dates read across the whole wording, wherever a rewrite moved them: the one day each wording gives that the other
 * does not ("at its next policy meeting on May 6" / "on May 7", the sentence rebuilt around it), when neither article
 * gives the other's day anywhere. A day each side gives in a wording of several days may be another event's, so only
 * the one unmatched day of each side, written with its number, is paired.
 */
export function typeMovedDates(base: View, other: View): Change[] {
  // a day written with its number ("May 6", "the 6th"), or a day of the week alone ("on Thursday"), set against the
  // other's by the day of the week it falls on
  // (the weekday's own words: "on Thursday, a day after ..." is read off another date)
  const weekdayAlone = (view: View, d: { from: number; to: number }): boolean => WEEKDAY_ALONE.test(textOf(view.v, d.from, d.to).trim());
  // (a weekday in an article with no date of its own is a day of the week, "W4")
  const days = (view: View) => tagsIn(view, 'date').filter((d) => !d.relative && (weekdayAlone(view, d) ? precision(d.value) === 3 || weekdayOf(d.value) !== null : precision(d.value) === 3 && weekdayOf(d.value) === null && /\d/.test(textOf(view.v, d.from, d.to))));
  const theirs = days(base);
  const mine = days(other);
  // (a day of the week alone, "W4", fixes no year, month or day: it is its weekday)
  const sameDay = (x: { value: string }, y: { value: string }): boolean => (weekdayOf(x.value) === null && weekdayOf(y.value) === null && compatible(x.value, y.value)) || (dayOfWeek(x.value) !== null && dayOfWeek(x.value) === dayOfWeek(y.value));
  const a = theirs.filter((x) => !mine.some((y) => sameDay(x, y)));
  const b = mine.filter((y) => !theirs.some((x) => sameDay(x, y)));
  if (a.length !== 1 || b.length !== 1) return [];
  const [x, y] = [a[0]!, b[0]!];
  // (a weekday alone is set against another weekday alone: a full date's weekday hangs on the year it is read in)
  if (weekdayAlone(base, x) !== weekdayAlone(other, y)) return [];
  const gives = (view: View, d: { value: string }): boolean => view.v.tagged.tags.some((t) => t.kind === 'date' && !t.relative && (precision(t.value) === 3 || weekdayOf(t.value) !== null) && sameDay(t, d));
  if (gives(base, y) || gives(other, x)) return [];
  return [{ kind: 'date', type: 'date-changed', severity: 'high', here: { from: y.from, to: y.to }, there: { from: x.from, to: x.to }, explain: (h, t, says) => `"${h}" where ${says('say')} "${t}"`, actual: y.value, expected: x.value }];
}

/** "the end of September" names September 30: a month's end told as its last day is no vaguer. */
function endOfMonth(text: string, month: string, day: string): boolean {
  const [y, m] = parts(month);
  const [, , d] = parts(day);
  if (!/\bend of\b/i.test(text) || !m || !d) return false;
  return Number(d) === new Date(Date.UTC(Number(y ?? 2001), Number(m), 0)).getUTCDate();
}

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_ALONE = /^(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * A weekday is read as the last one on or before the article's date ("on Tuesday"), but a story may mean the next
 * ("until Thursday"): a date one week on, falling on that weekday, names the same day.
 */
function sameWeekday(textA: string, a: string, textB: string, b: string): boolean {
  const oneWeekOn = (weekday: string, date: string): boolean => {
    const x = Date.parse(`${weekday}T12:00:00Z`);
    const y = Date.parse(`${date}T12:00:00Z`);
    return !Number.isNaN(x) && !Number.isNaN(y) && y - x === 7 * 86_400_000;
  };
  const isWeekday = (t: string): boolean => WEEKDAY.test(t) && !/\d/.test(t);
  return (isWeekday(textA) && !isWeekday(textB) && oneWeekOn(a, b)) || (isWeekday(textB) && !isWeekday(textA) && oneWeekOn(b, a));
}

/** The day of the week a date names (0 Sunday .. 6 Saturday): written alone ("W2"), or that of a full date; else null. */
function weekdayOf(value: string): number | null {
  if (value.startsWith(WEEKDAY_VALUE)) return Number(value.slice(WEEKDAY_VALUE.length));
  return null;
}

/** The day of the week a date names (0 Sunday .. 6 Saturday): a weekday alone ("W2") or a full date's; else null. */
export function dayOfWeek(value: string): number | null {
  return weekdayOf(value) ?? dayOfDate(value);
}

/** The weekday of a full date, for a weekday alone set against it. */
function dayOfDate(value: string): number | null {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T12:00:00Z`) : Number.NaN;
  return Number.isNaN(t) ? null : new Date(t).getUTCDay();
}

/** The year, month and day a date value fixes (undefined where it does not). */
function parts(value: string): (string | undefined)[] {
  const m = /^(\d{4}|-)?-?(?:-?(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return [];
  return [m[1] && m[1] !== '-' ? m[1] : undefined, m[2], m[3]];
}

/** True when two dates can name the same time (one coarser than or equal to the other). */
export function compatible(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  return [0, 1, 2].every((k) => !x[k] || !y[k] || x[k] === y[k]);
}

// Day, month or year: how finely a date is given (a year left out of "Nov. 24" is no coarser a date).
function precision(value: string): number {
  const [, month, day] = parts(value);
  return day ? 3 : month ? 2 : 1;
}
