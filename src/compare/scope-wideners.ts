/** Adverbs that stretch a claim's reach or duration to the absolute, as data: adding one overstates the claim. */
// Adjectives ("complete", "total") are left out: "35 percent complete" and "total cost" measure, they do not stretch.
export const SCOPE_WIDENERS: ReadonlySet<string> = new Set([
  'permanently', 'completely', 'entirely', 'totally', 'fully', 'wholly', 'indefinitely', 'forever', 'definitively',
  'irreversibly', 'unconditionally', 'altogether',
]);
