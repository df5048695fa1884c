/**
 * Capitalised words that continue a sentence after an abbreviation that usually ends one:
 * "at 9 a.m. Monday", "at 5 p.m. ET", "a.m. Eastern time".
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'HST',
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'IST', 'JST', 'KST', 'AEST', 'AEDT',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic', 'Greenwich', 'Coordinated',
]);
