// Test and measurement support: the aligner's pair decision, applied to labelled sentence pairs.
import type { ClaimUnit } from './claim-unit.ts';
import type { AlignOptions } from './align-claims.ts';
import { ALIGN_TUNING } from './align-tuning.ts';
import { unitFeatures } from './unit-features.ts';
import { lexicalSimilarity } from './lexical-similarity.ts';
import { pairScorer } from './pair-scorer.ts';
import { loadDefaultEmbedder } from './load-default-embedder.ts';

/** One labelled pair. */
export interface LabelledPair {
  readonly a: string;
  readonly b: string;
  readonly same: boolean;
  readonly kind: string;
}

/** Precision and recall of "same claim" decisions, overall and per kind of pair. */
export interface PairEvaluation {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly embedded: boolean;
  readonly byKind: Record<string, { readonly correct: number; readonly total: number }>;
}

/**
 * Decide every pair as alignment would: IDF over all the sentences, the lexical floor, embeddings for
 * undecided pairs, the acceptance threshold.
 */
export async function scorePairsForEvaluation(rows: readonly LabelledPair[], options: AlignOptions = {}): Promise<PairEvaluation> {
  const t = ALIGN_TUNING;
  const texts = [...new Set(rows.flatMap((r) => [r.a, r.b]))];
  const index = new Map(texts.map((text, i) => [text, i]));
  const units: ClaimUnit[] = texts.map((text, i) => ({ article: i, start: 0, end: text.length, text, parts: [i] }));
  const features = unitFeatures(units, []);
  const lex = (a: number, b: number) => lexicalSimilarity(features[a]!, features[b]!);
  const embed = options.embed ?? (options.embedBudget === 0 ? undefined : await loadDefaultEmbedder());
  const undecided = [...new Set(rows.flatMap((r) => {
    const [a, b] = [index.get(r.a)!, index.get(r.b)!];
    const s = lex(a, b);
    return s >= t.lexicalFloor && s < t.lexicalSure ? [a, b] : [];
  }))];
  const vectors = new Map<number, Float32Array>();
  if (embed) (await embed(undecided.map((i) => texts[i] ?? ''))).forEach((v, k) => vectors.set(undecided[k]!, v));
  const score = pairScorer(features, vectors, t);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byKind: Record<string, { correct: number; total: number }> = {};
  for (const row of rows) {
    const [a, b] = [index.get(row.a)!, index.get(row.b)!];
    const same = lex(a, b) >= t.lexicalFloor && score(a, b) >= t.accept;
    if (same && row.same) tp++;
    else if (same) fp++;
    else if (row.same) fn++;
    const entry = (byKind[row.kind] ??= { correct: 0, total: 0 });
    entry.total++;
    if (same === row.same) entry.correct++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, embedded: embed !== undefined, byKind };
}
