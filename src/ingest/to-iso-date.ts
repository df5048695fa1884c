/**
 * Read a date from outside data as ISO 8601 UTC ("2026-02-21T10:00:00Z", milliseconds only when
 * they are not zero), or undefined when it cannot be read. Date-times without a zone are taken as
 * UTC so the result does not depend on the machine's time zone; a day alone ("2026-02-21") stays a day.
 */
export function toIsoDate(value: unknown): string | undefined {
  let time: number;
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix time in seconds or milliseconds.
    time = Math.abs(value) < 1e11 ? value * 1000 : value;
  } else if (typeof value === 'string' && value.trim() !== '') {
    const text = value.trim();
    // A day without a time stays a day: midnight UTC would be a time the input never gave.
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
    const zoneless = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text);
    time = Date.parse(zoneless ? `${text.replace(' ', 'T')}Z` : text);
    if (Number.isNaN(time) && /^\d{9,13}$/.test(text)) return toIsoDate(Number(text));
  } else {
    return undefined;
  }
  if (!Number.isFinite(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? date.toISOString().replace(/\.000Z$/, 'Z') : undefined;
}
