import { isDayOnly } from '../model/index.ts';
/** A publication date range for a report header: "4 Mar 2026, 06:40–19:20 UTC", "4–5 Mar 2026" for days alone, or null when undated. */
export function formatDateRange(first: string | null, last: string | null): string | null {
  const a = first ? parseDate(first) : null;
  const b = last ? parseDate(last) : null;
  if (!a && !b) return null;
  // A day without a time is shown as a day: "4 Mar 2026", "4 Mar 2026 – 5 Mar 2026 18:20 UTC".
  if ((first && isDayOnly(first)) || (last && isDayOnly(last))) {
    const show = (iso: string | null, d: Date | null): string => (d === null ? '' : isDayOnly(iso!) ? day(d) : `${day(d)} ${time(d)} UTC`);
    if (!a || !b || first!.slice(0, 10) === last!.slice(0, 10) && isDayOnly(first!) && isDayOnly(last!)) return show(a ? first : last, a ?? b);
    return `${show(first, a)} – ${show(last, b)}`;
  }
  if (!a || !b || a.getTime() === b.getTime()) return `${day(a ?? b!)}, ${time(a ?? b!)} UTC`;
  if (day(a) === day(b)) return `${day(a)}, ${time(a)}–${time(b)} UTC`;
  return `${day(a)} ${time(a)} – ${day(b)} ${time(b)} UTC`;
}

/** One publication time, short: "4 Mar 2026 06:40", "4 Mar 2026" for a day alone, or "" when undated or unreadable. */
export function formatDate(iso: string | null): string {
  const d = iso ? parseDate(iso) : null;
  if (d && isDayOnly(iso!)) return day(d);
  return d ? `${day(d)} ${time(d)}` : '';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseDate(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

function day(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function time(d: Date): string {
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
