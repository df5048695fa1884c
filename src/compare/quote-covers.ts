import type { Finding } from './finding.ts';

/**
 * Inside a quotation, words that differ between outlets are the speaker's words misquoted: when the quotation rule
 * has flagged them, a 'meaning' finding on the same words says the same thing again under a vaguer name. Drops
 * those, keeping every other finding.
 */
export function dropMeaningInsideQuote(findings: readonly Finding[]): Finding[] {
  const quotes = findings.filter((f) => f.kind === 'quote');
  return findings.filter(
    (f) =>
      f.kind !== 'meaning' ||
      !quotes.some((q) => q.span.article === f.span.article && q.span.start <= f.span.start && f.span.end <= q.span.end),
  );
}
