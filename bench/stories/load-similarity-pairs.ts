import { readFileSync } from 'node:fs';
import { readCsv } from './read-csv.ts';

/** One SemEval-2022 Task 8 pair: the two texts, their languages, and the annotators' Overall (1 = same story .. 4 = unrelated). */
export interface SimilarityPair {
  readonly id: string;
  readonly lang1: string;
  readonly lang2: string;
  readonly text1: string;
  readonly text2: string;
  readonly overall: number;
}

/** Read the benchmark's pairs from its CSV (never copied into the repository). */
export function loadSimilarityPairs(path: string): SimilarityPair[] {
  return readCsv(readFileSync(path, 'utf8')).map((r) => ({
    id: r.pair_id ?? '',
    lang1: r.lang1 ?? '',
    lang2: r.lang2 ?? '',
    text1: r.text1 ?? '',
    text2: r.text2 ?? '',
    overall: Number(r.Overall),
  }));
}

/** Pearson's correlation of two equally long series. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mean = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
