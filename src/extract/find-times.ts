/** A time of day written in a text: where, and its value in minutes after midnight. */
export interface TimeOfDay {
  readonly start: number;
  readonly end: number;
  /** Minutes after midnight (0..1439). */
  readonly minutes: number;
  /** False when the clock reading names no half of the day ("7:30" may be 07:30 or 19:30). */
  readonly certain: boolean;
}

// "7:30 a.m.", "7.30am", "07:30", "19:30 GMT", "9 p.m.", "1930 hrs", "noon", "midnight".
// A dotted reading ("7.30") is a time only with a day-half or zone after it: bare, it is a decimal.
const HALF = String.raw`(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)`;
const ZONE = String.raw`(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local time|hrs\b|h\b)`;
const TIME = new RegExp(
  String.raw`(?<![\w.,:])(?:` +
    String.raw`(\d{1,2}):(\d{2})(?:\s?(${HALF}))?(?:\s?${ZONE})?` +
    String.raw`|(\d{1,2})\.(\d{2})\s?(?:(${HALF})(?:\s?${ZONE})?|${ZONE})` +
    String.raw`|(\d{1,2})\s?(${HALF})(?:\s?${ZONE})?` +
    String.raw`|([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC|hrs\b|h\b)` +
    String.raw`|\b(noon|midday|midnight)\b` +
  String.raw`)(?![\w:])`,
  'gi',
);

/** The times of day in `text` ("shortly after 7:30 a.m.", "at 19.30 GMT", "by noon"), in order. */
export function findTimes(text: string): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  for (const m of text.matchAll(TIME)) {
    const read = reading(m);
    if (!read) continue;
    let end = m.index + m[0].length;
    // "7:30 a.m." ends on its dot only inside the reading; a sentence's full stop after "7:30" is not part of it
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    out.push({ start: m.index, end, ...read });
  }
  return out;
}

function reading(m: RegExpMatchArray): { minutes: number; certain: boolean } | null {
  const word = m[11]?.toLowerCase();
  if (word) return { minutes: word === 'midnight' ? 0 : 720, certain: true };
  const hour = Number(m[1] ?? m[4] ?? m[7] ?? m[9]);
  const minute = Number(m[2] ?? m[5] ?? m[10] ?? 0);
  const half = (m[3] ?? m[6] ?? m[8])?.toLowerCase().replace(/[.\s]/g, '');
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    return { minutes: ((hour % 12) + (half === 'pm' ? 12 : 0)) * 60 + minute, certain: true };
  }
  if (hour > 23) return null;
  // a 24-hour reading past noon, or with a leading zero, names its half of the day
  const certain = hour > 12 || hour === 0 || /^0\d/.test(m[1] ?? m[9] ?? '');
  return { minutes: hour * 60 + minute, certain };
}

/** True when two times can be the same reading of the clock ("7:30" and "7.30pm", "19:30" and "7:30 p.m."). */
export function sameTime(a: TimeOfDay, b: TimeOfDay): boolean {
  if (a.minutes === b.minutes) return true;
  if (a.certain && b.certain) return false;
  return a.minutes % 720 === b.minutes % 720;
}
