import type { AlignTuning } from './align-tuning.ts';
import type { UnitFeatures } from './unit-features.ts';
import { lexicalSimilarity } from './lexical-similarity.ts';

/** Score any two units on one scale: wording alone, or wording blended with meaning when both are embedded. */
export function pairScorer(
  features: readonly UnitFeatures[],
  vectors: ReadonlyMap<number, Float32Array>,
  tuning: Pick<AlignTuning, 'lexicalWeight' | 'embeddingOffset'>,
  /** The wording similarity of two units, by index (e.g. remembered per distinct pair: `memoLexical`). */
  lexical: (a: number, b: number) => number = (a, b) => lexicalSimilarity(features[a]!, features[b]!),
): (a: number, b: number) => number {
  return (a, b) => {
    const fa = features[a];
    const fb = features[b];
    if (!fa || !fb) return 0;
    const lex = lexical(a, b);
    const va = vectors.get(a);
    const vb = vectors.get(b);
    if (!va || !vb) return lex;
    const meaning = cosine(va, vb) - tuning.embeddingOffset;
    return tuning.lexicalWeight * lex + (1 - tuning.lexicalWeight) * meaning;
  };
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
