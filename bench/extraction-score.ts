// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark evaluate.py):
// case-sensitive `\w+` tokens, 4-token shingles with counts, per-page tp/fp/fn normalised to sum 1,
// precision and recall averaged over pages, F1 from the two means.

/** One page's share of true positives, false positives and false negatives (summing to 1, or all 0). */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Benchmark-wide figures. */
export interface ExtractionScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly pages: ReadonlyMap<string, PageCounts>;
}

// Python's `\w` under re.UNICODE is str.isalnum() plus "_": letters and every numeric category, no marks.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // As in the reference: a text shorter than n tokens is one short shingle; an empty one has none.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Compare one page's predicted text with its gold text by 4-token shingle counts. */
export function matchShingles(gold: string, predicted: string, n = 4): PageCounts {
  const truth = shingles(gold, n);
  const pred = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Score predicted article bodies against gold ones, page by page (missing predictions count as empty). */
export function scoreExtraction(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ExtractionScore {
  const pages = new Map<string, PageCounts>();
  for (const [id, text] of gold) pages.set(id, matchShingles(text, predicted.get(id) ?? ''));
  const counts = [...pages.values()];
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages };
}
