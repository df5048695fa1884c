const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?$/i;
const EPOCH = /^\d{10}(\d{3})?$/;

function format(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Normalise a date from page metadata to ISO 8601 UTC ("2026-02-21T13:11:00Z"), or null when it cannot
 * be read. Offsets are applied; a time without a zone is taken as UTC (never the machine's zone); a day without a
 * time stays a day ("2026-02-21").
 */
export function toUtcIso(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (EPOCH.test(text)) return format(text.length === 10 ? Number(text) * 1000 : Number(text));
  const m = ISO_LIKE.exec(text);
  if (m) {
    const [, y, mo, d, hour, mi = '00', s = '00', zone] = m;
    // A day without a time stays a day ("2026-02-21"): midnight UTC would be a time the page never gave.
    if (hour === undefined) return format(Date.parse(`${y}-${mo}-${d}T12:00:00Z`)) === null ? null : `${y}-${mo}-${d}`;
    const h = hour;
    let offset = 'Z';
    if (zone && !/^(z|utc|gmt)$/i.test(zone)) {
      const digits = zone.replace(':', '');
      offset = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
    }
    return format(Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`));
  }
  // Other spellings ("Tue, 19 Nov 2019 06:51:00 -0500", "November 19, 2019"): read by the engine,
  // with UTC forced when no zone is written.
  const zoned = /(?:\b(?:gmt|utc|z)\b|[+-]\d{2}:?\d{2}\s*$|\b[ECMP][SD]T\b)/i.test(text);
  const iso = format(Date.parse(zoned ? text : `${text} UTC`));
  return iso !== null && !zoned && !/\d:\d\d/.test(text) ? iso.slice(0, 10) : iso;
}
