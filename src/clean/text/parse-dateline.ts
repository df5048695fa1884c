// (English alone: the package's main module builds the parsers of a dozen languages as it loads)
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { LEXICON } from './boilerplate-lexicon.ts';
import { readNames } from './read-names.ts';
import { startsWithPhrase } from './starts-with-phrase.ts';

/** What a dateline line says: its date (ISO 8601 UTC, or null when not absolute), whether it is an update, and any author. */
export interface Dateline {
  readonly published: string | null;
  readonly updated: boolean;
  readonly names: readonly string[] | null;
}

// Chrono only needs a reference for relative dates, which we refuse; fixed so results never depend on the clock.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MAX_LENGTH = 120;
const RELATIVE = /\b(?:ago|today|yesterday|tomorrow|now|last|next|this|hours?|minutes?|days?)\b/i;

/**
 * Read a line that is a dateline and nothing else ("February 21, 2026 04:11 PM GMT+03:00",
 * "Updated: Feb 3, 2026, 10:15 a.m. ET", "Saturday, February 21, 2026 by Jane Doe"); null for
 * any other line. A time without a zone is taken as UTC; a date without a time stays a day ("2026-02-21").
 */
export function parseDateline(text: string): Dateline | null {
  if (text.length > MAX_LENGTH || !/\d/.test(text)) return null;
  let rest = text.trim();
  const label = startsWithPhrase(rest, LEXICON.dateLabels);
  if (label !== null) rest = rest.slice(label.length).replace(/^\s*[:|-]?\s*/, '');
  let names: string[] | null = null;
  const by = /[\s,|·-]+by\s+(.+)$/iu.exec(rest);
  if (by?.[1] !== undefined) {
    names = readNames(by[1]);
    if (names !== null) rest = rest.slice(0, by.index);
  }
  rest = rest.replace(/[|·•]\s*\d+\s*min(?:ute)?s?\s*read\b.*$/i, '');
  if (RELATIVE.test(rest)) return null;
  const results = chrono.parse(rest, REFERENCE);
  const first = results[0];
  if (first === undefined) return null;
  const covered = results.reduce((n, r) => n + r.text.replace(/\W/g, '').length, 0);
  const left = rest.replace(/\b(?:on|at|from|the)\b/gi, '').replace(/\W/g, '').length;
  if (covered < left * 0.8) return null;
  const date = first.start;
  const hasDay = date.isCertain('day') && date.isCertain('month');
  const hasYear = date.isCertain('year');
  if (!hasDay) return null;
  // A bare "March 3" in the body is a heading; accept it only when it looks like page metadata.
  if (!hasYear && label === null && !date.isCertain('hour')) return null;
  const updated = label !== null && /updat|modif/i.test(label);
  // A time read apart from its date ("Aug 29, 2026 • 9:05 a.m. ET") takes daylight saving from that date, not the reference.
  const timed = hasYear && !date.isCertain('hour')
    ? chrono.parse(rest, new Date(Date.UTC(date.get('year') ?? 2000, (date.get('month') ?? 1) - 1, date.get('day') ?? 1, 12)))
    : results;
  const time = date.isCertain('hour') ? date : timed.find((r) => r.start.isCertain('hour') && !r.start.isCertain('day'))?.start;
  return { published: hasYear ? toIso(date, time) : null, updated, names };
}

function toIso(date: ParsedComponents, time: ParsedComponents | undefined): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  // A day without a time stays a day: midnight UTC would be a time the page never gave.
  if (time === undefined) return `${date.get('year') ?? 0}-${pad(date.get('month') ?? 1)}-${pad(date.get('day') ?? 1)}`;
  const hour = time?.get('hour') ?? 0;
  const minute = time?.get('minute') ?? 0;
  const second = time?.get('second') ?? 0;
  const offset = time?.isCertain('timezoneOffset') ? (time.get('timezoneOffset') ?? 0) : 0;
  const ms = Date.UTC(date.get('year') ?? 0, (date.get('month') ?? 1) - 1, date.get('day') ?? 1, hour, minute - offset, second);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
