/** Month and weekday names, as data, lower-cased: words that name a date, not a person, when they stand as one. */

/** The months' full names, in calendar order. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Abbreviated months ("Jan.", "Sept."), each mapped to its full name. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/** Every written form of a month: full names and abbreviations. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)]);

/** The month a normalised word names, 1-12 ("october", "oct" -> 10), or 0 for none. */
export function monthNumber(norm: string): number {
  return MONTH_NAMES.indexOf(MONTH_ABBREVIATIONS[norm] ?? norm) + 1;
}

/** Weekday names and their abbreviations. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Every month and weekday word. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS]);

/**
 * Words before a month or weekday that make it a time ("in May", "since Tuesday", "early June", "last Friday").
 * Not "and", "or", "to": "Berg and May said", "spoke to May" name a person.
 */
export const TIME_LEADS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'through', 'before', 'after', 'during', 'of', 'between',
  'last', 'next', 'this', 'early', 'late', 'mid', 'end', 'beginning', 'each', 'every',
]);

/**
 * Prepositions that set a time an act is bounded by ("offered again [in 2029]", "a target [by 2030]", "paid [over 12
 * years]", "could go [within two years]"). Not "on" or "at": the day or hour something was said or done.
 */
export const TIME_BOUND_LEADS: ReadonlySet<string> = new Set([
  'in', 'by', 'within', 'until', 'till', 'before', 'after', 'over', 'for', 'through', 'from', 'during',
]);

/** The seasons' names, in British and American English. */
export const SEASON_NAMES: readonly string[] = ['spring', 'summer', 'autumn', 'fall', 'winter'];

/**
 * A season's name that is also a word of change ("in the fall", "the fall migration" / "a fall in prices"), and the
 * words before it that make it the season: "the fall" naming a stretch of the year, not a drop.
 */
export const SEASON_HOMONYMS: ReadonlySet<string> = new Set(['fall']);
export const SEASON_LEADS: ReadonlySet<string> = new Set(['the', 'this', 'last', 'next', 'each', 'every', 'early', 'late', 'mid']);
