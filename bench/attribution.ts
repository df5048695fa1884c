// npm run bench:attribution [split] — PolNeAR attribution spans: precision/recall/F1 of our
// segment + extractAttributions for Source and Cue, by overlap and exact match. Default split: test.
import { predictSplit, scoreSpans, type Split, type Segmenter } from './attribution-score.ts';
import { loadSegmenter } from './load-segmenter.ts';

const split = (process.argv[2] ?? 'test') as Split;
const segment: Segmenter = await loadSegmenter();
const started = Date.now();
const docs = predictSplit(split, segment);
const seconds = (Date.now() - started) / 1000;
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
console.log(`PolNeAR ${split}: ${docs.length} articles in ${seconds.toFixed(1)} s`);
for (const type of ['source', 'cue'] as const) {
  const s = scoreSpans(docs, type);
  console.log(`${type.padEnd(6)} gold ${s.gold} predicted ${s.predicted}`);
  console.log(`  overlap  P ${pct(s.overlap.precision)}  R ${pct(s.overlap.recall)}  F1 ${pct(s.overlap.f1)}`);
  console.log(`  exact    P ${pct(s.exact.precision)}  R ${pct(s.exact.recall)}  F1 ${pct(s.exact.f1)}`);
}
