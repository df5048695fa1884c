import { inverseFrequency, type DocumentFrequencies } from './document-frequencies.ts';
import { hashString } from './hash-string.ts';
import type { StoryFeatures } from './story-features.ts';

/** A unit vector over hashed keys, sorted by key: an article's terms or anchors weighted by rarity. */
export interface WeightedKeys {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
}

/** An article's words and anchors weighted as the pile stood when they were weighed (`documents` articles). */
export interface WeightedFeatures {
  readonly terms: WeightedKeys;
  readonly anchors: WeightedKeys;
  readonly documents: number;
}

/** Weigh an article's terms (log count times inverse frequency) and anchors (inverse frequency), each to unit length. */
export function weighFeatures(features: StoryFeatures, frequencies: DocumentFrequencies): WeightedFeatures {
  const { terms, counts } = features.bag;
  const termWeights = Float32Array.from(terms, (term, k) => (1 + Math.log(counts[k]!)) * inverseFrequency(frequencies.documents, frequencies.terms.get(term) ?? 0));
  const anchors = features.anchors
    .map((anchor) => ({ key: hashString(anchor), weight: inverseFrequency(frequencies.documents, frequencies.anchors.get(anchor) ?? 0) }))
    .sort((a, b) => a.key - b.key);
  return {
    terms: unit(terms, termWeights),
    anchors: unit(Uint32Array.from(anchors, (a) => a.key), Float32Array.from(anchors, (a) => a.weight)),
    documents: frequencies.documents,
  };
}

/** The cosine of two weighted key sets (both unit length): the dot product over the keys they share. */
export function dot(a: WeightedKeys, b: WeightedKeys): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  const ka = a.keys;
  const kb = b.keys;
  while (i < ka.length && j < kb.length) {
    const x = ka[i]!;
    const y = kb[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else sum += a.weights[i++]! * b.weights[j++]!;
  }
  return Math.min(1, sum);
}

function unit(keys: Uint32Array, weights: Float32Array): WeightedKeys {
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { keys, weights };
}
