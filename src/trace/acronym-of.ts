// Small words an acronym may leave out ("Bank of England" -> BoE, "Food and Drug Administration" -> FDA).
const SKIPPABLE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * True when `short` (a lower-case key such as "emi") is the acronym of the name `long` ("estravan meteorological
 * institute"): the initials of its words, with or without the small ones. At least two letters, and the long name has
 * as many words as the acronym has letters, so "un" is not read into "union".
 */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = long.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (letters.length < 2 || words.length < 2 || /\s/.test(short.trim())) return false;
  const all = words.map((w) => w[0]).join('');
  const main = words.filter((w) => !SKIPPABLE.has(w)).map((w) => w[0]).join('');
  return letters === all || letters === main;
}
