import type { UnitFeatures } from './unit-features.ts';
import { quoteContainment } from './quote-containment.ts';
import { countShared } from './count-shared.ts';

/**
 * How alike two units' wording is, 0..1: TF-IDF cosine blended with character 4-gram overlap (Dice); a quotation
 * trimmed with an ellipsis whose words the other unit nearly all holds scores as that share, if it is higher.
 */
export function lexicalSimilarity(a: UnitFeatures, b: UnitFeatures): number {
  let cosine = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) cosine += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  const shared = countShared(a.grams, b.grams);
  const total = a.grams.length + b.grams.length;
  const dice = total === 0 ? 0 : (2 * shared) / total;
  const blend = 0.6 * cosine + 0.4 * dice;
  if (a.trimmed.length === 0 && b.trimmed.length === 0) return blend;
  return Math.max(blend, quoteContainment(a.trimmed, b.terms), quoteContainment(b.trimmed, a.terms));
}
