/**
 * Phrases that set what a figure counts, as data (lower-cased words): "3.2 billion euros including debt" is another
 * sum than "3.2 billion euros"; "profit before tax" another profit. Dropping one changes what the figure measures.
 */
export const FIGURE_BASES: readonly string[] = [
  'including debt', 'excluding debt', 'including net debt', 'including fees', 'excluding fees', 'including interest',
  'including bonuses', 'including vat', 'excluding vat', 'including tax', 'before tax', 'after tax', 'pre-tax', 'net of',
  'excluding one-off items', 'excluding one-offs', 'adjusted for inflation', 'inflation-adjusted', 'in real terms',
  'in nominal terms', 'seasonally adjusted', 'on a like-for-like basis',
];
