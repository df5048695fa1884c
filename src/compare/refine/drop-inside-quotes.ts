import type { Refiner } from './refiner.ts';
import { overlapping } from './refiner.ts';

const QUOTED_KINDS = new Set(['meaning', 'entity', 'framing', 'detail_added', 'detail_dropped', 'hedge', 'quantifier']);

/**
 * Inside a quotation, words that differ between outlets are the speaker's words misquoted: once the quotation check
 * has flagged them, another finding on the same words says the same thing again under a vaguer name.
 */
export const dropInsideQuotes: Refiner = (findings) => {
  const quotes = findings.filter((f) => f.kind === 'quote');
  return findings.filter((f) => !QUOTED_KINDS.has(f.kind) || !quotes.some((q) => overlapping(f, q)));
};
