import { inverseFrequency, type DocumentFrequencies } from './document-frequencies.ts';
import { containment, estimateJaccard } from './minhash.ts';
import type { StoryFeatures } from './story-features.ts';
import { dot, weighFeatures, type WeightedFeatures } from './weigh-features.ts';

/** What two articles share, each figure in 0-1: the evidence a story decision rests on. */
export interface PairEvidence {
  /** How much of the shorter text's word 5-grams the longer holds (a copy, or a prefix of one, is near 1). */
  readonly copy: number;
  /** Cosine of the two texts' content words, weighted by rarity. */
  readonly words: number;
  /** Cosine of the names, places, figures and dates, weighted by rarity. */
  readonly anchors: number;
}

/** Compare two articles already weighed (`weighFeatures`): the grouping's inner loop. */
export function compareWeighed(a: StoryFeatures, b: StoryFeatures, wa: WeightedFeatures, wb: WeightedFeatures): PairEvidence {
  return {
    copy: containment(estimateJaccard(a.signature, b.signature), a.shingles, b.shingles),
    words: dot(wa.terms, wb.terms),
    anchors: dot(wa.anchors, wb.anchors),
  };
}

/** Compare two articles' features against the document frequencies given. */
export function compareFeatures(a: StoryFeatures, b: StoryFeatures, frequencies: DocumentFrequencies): PairEvidence {
  return compareWeighed(a, b, weighFeatures(a, frequencies), weighFeatures(b, frequencies));
}

/** The rarest anchors two articles both hold, at most `most`: what a reader is shown of why they are one story. */
export function sharedAnchors(a: StoryFeatures, b: StoryFeatures, frequencies: DocumentFrequencies, most = 6): string[] {
  const inB = new Set(b.anchors);
  const idf = (anchor: string): number => inverseFrequency(frequencies.documents, frequencies.anchors.get(anchor) ?? 0);
  return a.anchors.filter((x) => inB.has(x)).sort((x, y) => idf(y) - idf(x) || (x < y ? -1 : 1)).slice(0, most);
}
