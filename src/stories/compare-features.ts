import type { DocumentFrequencies } from './document-frequencies.ts';
import { inverseFrequency } from './document-frequencies.ts';
import { containment, estimateJaccard } from './minhash.ts';
import type { StoryFeatures } from './story-features.ts';

/** What two articles share, each figure in 0-1: the evidence a story decision rests on. */
export interface PairEvidence {
  /** How much of the shorter text's word 5-grams the longer holds (a copy, or a prefix of one, is near 1). */
  readonly copy: number;
  /** Cosine of the two texts' content words, weighted by rarity. */
  readonly words: number;
  /** Cosine of the names, places, figures and dates, weighted by rarity. */
  readonly anchors: number;
  /** The rarest anchors both hold (at most six), to show why. */
  readonly shared: readonly string[];
}

/** Compare two articles' features against the document frequencies seen so far. */
export function compareFeatures(a: StoryFeatures, b: StoryFeatures, frequencies: DocumentFrequencies): PairEvidence {
  const copy = containment(estimateJaccard(a.signature, b.signature), a.shingles, b.shingles);
  const { cosine, shared } = anchorCosine(a.anchors, b.anchors, frequencies);
  return { copy, words: wordCosine(a, b, frequencies), anchors: cosine, shared };
}

function wordCosine(a: StoryFeatures, b: StoryFeatures, frequencies: DocumentFrequencies): number {
  const idf = (term: number): number => inverseFrequency(frequencies.documents, frequencies.terms.get(term) ?? 0);
  const weight = (count: number, term: number): number => (1 + Math.log(count)) * idf(term);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  const { terms: ta, counts: ca } = a.bag;
  const { terms: tb, counts: cb } = b.bag;
  let i = 0;
  let j = 0;
  while (i < ta.length || j < tb.length) {
    const x = ta[i];
    const y = tb[j];
    if (y === undefined || (x !== undefined && x < y)) {
      normA += weight(ca[i]!, x!) ** 2;
      i++;
    } else if (x === undefined || y < x) {
      normB += weight(cb[j]!, y) ** 2;
      j++;
    } else {
      const wa = weight(ca[i]!, x);
      const wb = weight(cb[j]!, y);
      dot += wa * wb;
      normA += wa * wa;
      normB += wb * wb;
      i++;
      j++;
    }
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

function anchorCosine(a: readonly string[], b: readonly string[], frequencies: DocumentFrequencies): { cosine: number; shared: string[] } {
  const idf = (anchor: string): number => inverseFrequency(frequencies.documents, frequencies.anchors.get(anchor) ?? 0);
  const inB = new Set(b);
  const both = a.filter((x) => inB.has(x));
  const norm = (list: readonly string[]): number => Math.sqrt(list.reduce((sum, x) => sum + idf(x) ** 2, 0));
  const denominator = norm(a) * norm(b);
  const dot = both.reduce((sum, x) => sum + idf(x) ** 2, 0);
  const shared = both.sort((x, y) => idf(y) - idf(x)).slice(0, 6);
  return { cosine: denominator === 0 ? 0 : dot / denominator, shared };
}
