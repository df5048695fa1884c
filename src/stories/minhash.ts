import { mix32 } from './hash-string.ts';

/** Signature length: 128 hashes estimate a Jaccard index to within about 0.045 (one standard deviation at 0.5). */
export const SIGNATURE_LENGTH = 128;

// One seed per hash function: xor with a seed, then mix, is a permutation of 32-bit values.
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

/** The MinHash signature of a set of 32-bit shingle hashes (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix32(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** The Jaccard index of two sets estimated from their signatures: the share of hash functions whose minima agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / SIGNATURE_LENGTH;
}

/**
 * How much of the smaller set the larger holds, from the Jaccard index and the two sizes
 * (|A∩B| = J(|A|+|B|)/(1+J)): a prefix copy of a longer text is contained whole though its Jaccard index is low.
 */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}
