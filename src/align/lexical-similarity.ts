import type { UnitFeatures } from './unit-features.ts';

/** How alike two units' wording is, 0..1: TF-IDF cosine blended with character 4-gram overlap (Dice). */
export function lexicalSimilarity(a: UnitFeatures, b: UnitFeatures): number {
  let cosine = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) cosine += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  let shared = 0;
  for (let i = 0, j = 0; i < a.grams.length && j < b.grams.length;) {
    const x = a.grams[i]!;
    const y = b.grams[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const total = a.grams.length + b.grams.length;
  const dice = total === 0 ? 0 : (2 * shared) / total;
  return 0.6 * cosine + 0.4 * dice;
}
