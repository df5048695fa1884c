// (English alone: the package's main module builds the parsers of a dozen languages as it loads)
import * as chrono from 'chrono-node/en';
import type { DateMention } from '../model/mention.ts';
import type { Range } from '../model/span.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';
import { FIGURE_MODIFIERS } from '../lexicon/figure-modifiers.ts';

type Granularity = DateMention['granularity'];
interface Found { start: number; end: number; value: string; granularity: Granularity }

const RELATIVE_BEFORE = /\b(last|next)\s+$/i;
const PART_BEFORE = /(?:\b(early|mid|late|end of|the end of|beginning of|the beginning of|start of|the start of|middle of|the middle of)[- ](?:in |of )?)$/i;
const YEAR = /\b(?:(early|mid|late)[- ])?((?:1[89]|20)\d\d)\b(?![-–\/]\d|,\d|\s*(?:%|percent))/gi;
// Chrono is slow: only sentences with a digit or a date word are worth parsing.
const DATE_HINT = new RegExp(`\\d|\\b(?:${[...CALENDAR_WORDS].join('|')}|today|tonight|yesterday|tomorrow|week|month|year|ago|noon|midnight|decade|century|spring|summer|autumn|fall|winter|weekend)`, 'i');
// Two unrelated reference dates: a value that differs between them was not fixed by the text.
const PROBES = [new Date('2003-06-15T12:00:00Z'), new Date('2011-10-20T12:00:00Z')];

/**
 * Dates, normalised against the article's date (`published`, ISO): "2026-01-03" (day), "2026-01" (month),
 * "2026" (year), "2025-12-mid" (part of month), "2025-late" (part of year), "2026-W07" (week).
 * Weekdays look back ("on Tuesday" is the last Tuesday on or before the reference date). Without a
 * reference date only what the text fixes is kept ("--01-03" for a day of a month in an unknown year).
 */
export function extractDates(text: string, sentences: readonly Range[], published: string | null): DateMention[] {
  const reference = published && !Number.isNaN(Date.parse(published)) ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : null;
  const found: DateMention[] = [];
  for (const sentence of sentences) {
    const piece = text.slice(sentence.start, sentence.end);
    if (!DATE_HINT.test(piece)) continue;
    for (const date of datesIn(piece, reference)) {
      const start = sentence.start + date.start;
      const end = sentence.start + date.end;
      found.push({ kind: 'date', start, end, text: text.slice(start, end), value: date.value, granularity: date.granularity });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// The copies of a story share their sentences: each distinct sentence is parsed once against each reference day (the
// last several thousand), since chrono spends about a millisecond on one.
const parsed = new Map<string, readonly Found[]>();
const PARSED_SIZE = 8192;
const PARSED_CHARS = 2000;

// The dates of one sentence, offsets within it.
function datesIn(piece: string, reference: Date | null): readonly Found[] {
  const key = piece.length > PARSED_CHARS ? null : `${reference?.toISOString() ?? ''}\u0001${piece}`;
  const hit = key === null ? undefined : parsed.get(key);
  if (hit) return hit;
  const dates = reference ? parseWith(piece, reference) : parseFixed(piece);
  const all = [...dates, ...bareYears(piece, dates)];
  if (key === null) return all;
  parsed.set(key, all);
  if (parsed.size > PARSED_SIZE) parsed.delete(parsed.keys().next().value as string);
  return all;
}

// "from 20 July": chrono reads "from 20" as a time (20:00) and loses the day; the day and month read alone keep it
const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const DAY_MONTH_AFTER_WORD = new RegExp(`^[a-z]+\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_START})`, 'i');

// a month, a comma and a figure ("March, 29"): no way to write a date
const MONTH_COMMA_FIGURE = new RegExp(`^${MONTH_START}[a-z]*\\.?,\\s*\\d{1,2}$`, 'i');

// a bound or approximation on the length ("for about 18 minutes", "within up to two weeks")
const LENGTH_MODIFIER = `(?:${FIGURE_MODIFIERS.map(([phrase]) => phrase.replace(/ /g, '\\s+')).join('|')})\\s+`;
const DURATION = new RegExp(String.raw`^(?:for|within|over|during|in|after)?\s*(?:the\s+)?(?:next|past|last|coming)?\s*(?:${LENGTH_MODIFIER})?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|[a-z]+-[a-z]+|several|a few|a couple of)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$`, 'i');
// a length before "after" or "before" counts from the event named next ("14 minutes after take-off"): chrono counts it
// from the article's date
const BEFORE_EVENT = new RegExp(DURATION.source.replace(/\$$/, String.raw`\s+(?:after|before)$`), 'i');
// a length told in two units ("for 5 hours 40 minutes", "two days and six hours"): chrono reads it as a date
const TWO_UNITS = new RegExp(DURATION.source.replace(/\$$/, String.raw`(?:,?\s+(?:and\s+)?(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?))$`), 'i');
/**
 * A date chrono read from a length of time, which names no day: a length counted from an event ("40 minutes after
 * take-off") or told in two units ("for 5 hours 40 minutes"). The extractor keeps these mentions, which alignment
 * leans on; compare reads them as figures of duration.
 */
export function readFromLength(text: string): boolean {
  return BEFORE_EVENT.test(text) || (TWO_UNITS.test(text) && !ANCHORED.test(text));
}
// an amount with a letter of scale ("2.69m", "4.5bn", "300k") opening what chrono read: a sum, not minutes
const SCALED_AMOUNT = /^\d+(?:[.,]\d+)?\s?(?:m|bn|k)\s+(?=[a-z])/i;
// a length of time counted from a point names a date ("30 days ago", "two weeks later")
const ANCHORED = /\b(?:ago|later|earlier|from now|hence)\b/i;

function parseWith(piece: string, reference: Date): Found[] {
  const out: Found[] = [];
  for (const result of chrono.casual.parse(piece, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    // "for 30 days", "within two weeks": a length of time, a figure of duration, no date
    if (DURATION.test(result.text) && !ANCHORED.test(result.text)) continue;
    // "5 March, 29 per cent less": chrono reads the month with the figure after the comma ("March, 29"), and in a
    // list ("11 November, 17 November") the next month alone; the day written before the month is the date's
    const monthAlone = !result.start.isCertain('day') && result.start.isCertain('month') && /^[a-z]+\.?$/i.test(result.text);
    const before = MONTH_COMMA_FIGURE.test(result.text) || monthAlone ? /(?<![\d,.])(\d{1,2})\s+$/.exec(piece.slice(0, result.index)) : null;
    if (before) {
      const month = result.text.replace(/,.*$/, '');
      const day = chrono.casual.parse(`${before[1]} ${month}`, { instant: reference, timezone: 'UTC' }, { forwardDate: false })[0];
      const found = day && day.index === 0 && day.start.isCertain('day') ? normalise(piece, Object.assign(day, { index: result.index - before[0].length }), reference) : null;
      if (found) out.push(found);
      continue;
    }
    // "compared with 2.69m a year earlier": chrono reads an amount in millions as minutes before the date; the date is
    // what follows it
    const amount = SCALED_AMOUNT.exec(result.text);
    if (amount) {
      const rest = chrono.casual.parse(result.text.slice(amount[0].length), { instant: reference, timezone: 'UTC' }, { forwardDate: false })[0];
      const found = rest && rest.index === 0 ? normalise(piece, Object.assign(rest, { index: result.index + amount[0].length }), reference) : null;
      if (found) out.push(found);
      continue;
    }
    const lead = !result.start.isCertain('day') && result.start.isCertain('hour') ? DAY_MONTH_AFTER_WORD.exec(result.text) : null;
    const day = lead && chrono.casual.parse(result.text.slice(lead[0].length), { instant: reference, timezone: 'UTC' }, { forwardDate: false })[0];
    const found = day && day.index === 0 && day.start.isCertain('day')
      ? normalise(piece, Object.assign(day, { index: result.index + lead[0].length }), reference)
      : normalise(piece, result, reference);
    if (found) out.push(found);
  }
  return out;
}

function parseFixed(piece: string): Found[] {
  const [a, b] = PROBES.map((probe) => parseWith(piece, probe));
  const out: Found[] = [];
  for (const found of a ?? []) {
    const twin = b?.find((x) => x.start === found.start && x.end === found.end);
    if (!twin) continue;
    if (twin.value === found.value) out.push(found);
    // Same month and day under both probes, different years: the text gave no year.
    else if (found.granularity === 'day' && twin.value.slice(4) === found.value.slice(4) && !/week|ago|yesterday|today|tomorrow|day\b/i.test(piece.slice(found.start, found.end))) {
      out.push({ ...found, value: `--${found.value.slice(5)}` });
    } else if ((found.granularity === 'month' || found.granularity === 'part-of-month') && twin.value.slice(4) === found.value.slice(4) && !/month/i.test(piece.slice(found.start, found.end))) {
      out.push({ ...found, value: `--${found.value.slice(5)}` });
    }
  }
  return out;
}

function normalise(piece: string, result: chrono.ParsedResult, reference: Date): Found | null {
  let start = result.index;
  let end = result.index + result.text.length;
  while (end > start && (/[\s,;:)]/.test(piece[end - 1]!) || (piece[end - 1] === '.' && /\d/.test(piece[end - 2] ?? '')))) end--;
  const words = piece.slice(start, end);
  const c = result.start;
  if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year') && !c.isCertain('weekday')) return null;
  const pad = (n: number | null, w = 2): string => String(n ?? 0).padStart(w, '0');
  let year = c.get('year');
  let month = c.get('month');
  let day = c.get('day');
  if (/\bweek\b/i.test(words)) {
    return { start, end, value: isoWeek(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1))), granularity: 'week' };
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // News reports the past: "on Tuesday" is the last Tuesday on or before the article's date.
    const back = (reference.getUTCDay() - (c.get('weekday') ?? 0) + 7) % 7;
    const d = new Date(reference.getTime() - back * 86_400_000);
    [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    return { start, end, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, granularity: 'day' };
  }
  if (c.isCertain('day')) return { start, end, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, granularity: 'day' };
  const part = PART_BEFORE.exec(piece.slice(0, start));
  // "last July" is the July before the article's month, "next March" the March after it (chrono takes the nearest)
  const relative = !c.isCertain('year') && c.isCertain('month') && !c.isCertain('day') ? RELATIVE_BEFORE.exec(piece.slice(0, start)) : null;
  if (relative && month) {
    const [refYear, refMonth] = [reference.getUTCFullYear(), reference.getUTCMonth() + 1];
    year = /last/i.test(relative[1]!) ? (month < refMonth ? refYear : refYear - 1) : (month > refMonth ? refYear : refYear + 1);
    start -= relative[0].length;
  }
  if (c.isCertain('month')) {
    if (part) {
      start -= part[0].length;
      return { start, end, value: `${pad(year, 4)}-${pad(month)}-${partName(part[1]!)}`, granularity: 'part-of-month' };
    }
    return { start, end, value: `${pad(year, 4)}-${pad(month)}`, granularity: 'month' };
  }
  return { start, end, value: pad(year, 4), granularity: 'year' };
}

function bareYears(piece: string, taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const m of piece.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (/[$€£]\s*$|\d[.,]?$/.test(piece.slice(0, start))) continue;
    const before = PART_BEFORE.exec(piece.slice(0, start));
    const part = m[1] ?? before?.[1];
    if (part) {
      out.push({ start: before && !m[1] ? start - before[0].length : start, end, value: `${m[2]}-${partName(part)}`, granularity: 'part-of-year' });
    } else out.push({ start, end, value: m[2]!, granularity: 'year' });
  }
  return out;
}

function partName(word: string): string {
  const w = word.toLowerCase();
  if (/early|beginning|start/.test(w)) return 'early';
  if (/late|end/.test(w)) return 'late';
  return 'mid';
}

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
