/**
 * The convention for `published`: ISO 8601, either a UTC date-time ("2026-02-21T10:00:00Z") or, when the source gives
 * a day and no time, the day alone ("2026-02-21"), never made up into midnight UTC.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a publication date is a day without a time. */
export function isDayOnly(published: string): boolean {
  return DAY.test(published);
}

/**
 * Earliest first, by day when either side has no time (a day-only date ties with every time of its day); undated
 * ones after the dated.
 */
export function comparePublished(a: string | null, b: string | null): number {
  const x = a === null ? NaN : Date.parse(a);
  const y = b === null ? NaN : Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
  if (isDayOnly(a!) || isDayOnly(b!)) return a!.slice(0, 10).localeCompare(b!.slice(0, 10));
  return x - y;
}
