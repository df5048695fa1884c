import { ALL_PHRASES, PHRASES_BY_LANGUAGE, phrasesOf } from './languages.ts';
import type { PagePhrases } from './page-phrases.ts';
import { phrasePattern, WORD_END } from './phrase-pattern.ts';
import { westernDigits } from '../../text/western-digits.ts';

// Month word -> month number (1-12) for the languages given; languages agree where their words collide ("mar").
function monthTable(tables: readonly PagePhrases[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const table of tables) table.months.forEach((names, i) => names.forEach((n) => months.set(n, i + 1)));
  return months;
}
const ALL_MONTHS = monthTable(ALL_PHRASES);
const MONTH_WORDS = [...ALL_MONTHS.keys()];
const LETTERS = '[\\p{L}]+';
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{N}])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${LETTERS})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?![\\p{N}])`, 'iu');
const NUMERIC = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/;
const TIME = /(?<!\d)([01]?\d|2[0-3])\s?(?::|h|\.)\s?([0-5]\d)(?!\d)/i;

const LABELS = phrasePattern([...phrasesOf('publishedLabels'), ...phrasesOf('updatedLabels')], (p) => `^(?:${p})${WORD_END}`);
const PUBLISHED = phrasePattern(phrasesOf('publishedLabels'), (p) => `^(?:${p})${WORD_END}`);
const FILLERS = new Set([...phrasesOf('dateFillers'), ...MONTH_WORDS]);
const RELATIVE = phrasesOf('relativeTimes');
const MAX_CHARS = 160;
// A date line holds a written date or time, not just a number ("2026" or "3" alone is no date line).
const DATE_OR_TIME = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s?(?::|h)\s?\d{2}|\d{1,2}\.\d{2}\s?uhr/i;
const MONTH_SET = new Set(MONTH_WORDS);

/** The date (and time, if written) in a visible date line, day first, as ISO 8601 read as UTC (the day alone when no time is written); null when none is written. */
export function readWrittenDate(written: string, language: string | null): string | null {
  const text = westernDigits(written);
  const primary = language?.toLowerCase().split('-')[0] ?? '';
  const table = PHRASES_BY_LANGUAGE[primary];
  const months = table && table.months.length ? monthTable([table]) : ALL_MONTHS;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let end = 0;
  const named = DAY_MONTH_YEAR.exec(text);
  const monthNumber = named ? months.get(named[2]!.toLowerCase()) : undefined;
  if (named && monthNumber !== undefined) {
    [day, month, year, end] = [Number(named[1]), monthNumber, Number(named[3]), named.index + named[0].length];
  } else if (table && table.months.length) {
    // Numbers alone are read day first only where the page's language writes them so.
    const numeric = NUMERIC.exec(text);
    if (numeric) [day, month, year, end] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric.index + numeric[0].length];
  }
  if (year === undefined || month === undefined || day === undefined || month > 12 || day < 1 || day > 31) return null;
  const time = TIME.exec(text.slice(end));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== day) return null;
  // A day without a time stays a day: midnight UTC would be a time the page never gave.
  return time ? `${date}T${pad(Number(time[1]))}:${time[2]}:00Z` : date;
}

/** Whether a part of a date line is a date, a time or a relative time and nothing else. */
function isDatePart(part: string): boolean {
  const p = part.trim().toLowerCase();
  if (!p) return true;
  if (RELATIVE.some((re) => re.test(p))) return true;
  // What is left after the numbers, times, months and filler words must be nothing.
  const rest = p.replace(/\d{1,2}[./]\d{1,2}[./]\d{2,4}/g, ' ').replace(/\d{1,2}\s?(?::|h|\.)\s?\d{2}(?:\s?h)?/g, ' ')
    .replace(/\d+\.?/g, ' ').replace(/[\p{L}]+/gu, (w) => (FILLERS.has(w) ? ' ' : w)).replace(/[\s,.·|/–—-]+/g, ' ').trim();
  return rest === '' && (DATE_OR_TIME.test(p) || [...p.matchAll(/[\p{L}]+/gu)].some(([w]) => MONTH_SET.has(w)));
}

/**
 * Whether a short line only dates the page: "Publié le 03/10/2026 à 08h45", "Actualizado: 14/04/2026 12:30h",
 * "vor 2 Stunden", "11:48 Uhr", "10 settembre 2026, 07:20", "Zuletzt aktualisiert: 17.01.2026".
 */
export function isDateLine(written: string): boolean {
  if (written.length > MAX_CHARS) return false;
  const text = westernDigits(written);
  // A labelled line must still carry a date or time: "Actualizado el censo, ..." opens a sentence.
  if (LABELS.test(text.trim())) return /\d/.test(text);
  return text.split(/\s+[·|•–—]\s+/).every((part) => {
    const label = LABELS.exec(part.trim());
    return isDatePart(label ? part.trim().slice(label[0].length).replace(/^\s*:?/, '') : part);
  });
}

/** Whether a line opens with a publication (not update) label. */
export function hasPublishedLabel(text: string): boolean {
  return PUBLISHED.test(text.trim());
}
