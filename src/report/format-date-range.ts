/** A publication date range for a report header: "4 Mar 2026, 06:40–19:20 UTC", or null when undated. */
export function formatDateRange(first: string | null, last: string | null): string | null {
  const a = first ? parseDate(first) : null;
  const b = last ? parseDate(last) : null;
  if (!a && !b) return null;
  if (!a || !b || a.getTime() === b.getTime()) return `${day(a ?? b!)}, ${time(a ?? b!)} UTC`;
  if (day(a) === day(b)) return `${day(a)}, ${time(a)}–${time(b)} UTC`;
  return `${day(a)} ${time(a)} – ${day(b)} ${time(b)} UTC`;
}

/** One publication time, short: "4 Mar 2026 06:40", or "" when undated or unreadable. */
export function formatDate(iso: string | null): string {
  const d = iso ? parseDate(iso) : null;
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
