import type { TermBag } from './read-terms.ts';

/** How many of the articles seen so far hold each term and each anchor: what makes a shared word telling. */
export interface DocumentFrequencies {
  documents: number;
  readonly terms: Map<number, number>;
  readonly anchors: Map<string, number>;
}

/** No articles seen yet. */
export function emptyFrequencies(): DocumentFrequencies {
  return { documents: 0, terms: new Map(), anchors: new Map() };
}

/** Count one more article's terms and anchors (grouping is incremental: the counts grow as articles arrive). */
export function countDocument(frequencies: DocumentFrequencies, bag: TermBag, anchors: readonly string[]): void {
  frequencies.documents++;
  for (const term of bag.terms) frequencies.terms.set(term, (frequencies.terms.get(term) ?? 0) + 1);
  for (const anchor of anchors) frequencies.anchors.set(anchor, (frequencies.anchors.get(anchor) ?? 0) + 1);
}

/** Smoothed inverse document frequency: 1 for a term every article holds, growing as the term gets rarer. */
export function inverseFrequency(documents: number, frequency: number): number {
  return Math.log((documents + 1) / (frequency + 1)) + 1;
}
