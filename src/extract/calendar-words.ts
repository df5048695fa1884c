/** Month and weekday names, as data: words that name a date, not a person, when they stand as one. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * Words before a month or weekday that make it a time ("in May", "since Tuesday", "early June", "last Friday").
 * Not "and", "or", "to": "Berg and May said", "spoke to May" name a person.
 */
export const TIME_LEADS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'through', 'before', 'after', 'during', 'of', 'between',
  'last', 'next', 'this', 'early', 'late', 'mid', 'end', 'beginning', 'each', 'every',
]);
