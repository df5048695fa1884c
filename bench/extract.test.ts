// Score floor: our HTML cleaning on all 181 pages of the public article-extraction benchmark must keep
// its F1 (measured 0.9761 with `npm run bench:extract`; floor = that minus 0.005, rounded down).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHtml } from '../src/clean/html/clean-html.ts';
import { scoreExtraction } from './extraction-score.ts';
import { loadExtractionBenchmark } from './load-extraction-benchmark.ts';

const FLOOR = 0.971;

test(`article-extraction F1 stays at or above ${FLOOR}`, () => {
  const pages = loadExtractionBenchmark();
  assert.equal(pages.length, 181);
  const predicted = new Map(pages.map((p) => [p.id, cleanHtml({ source: p.url, format: 'html', body: p.html, meta: {} }).text]));
  const score = scoreExtraction(new Map(pages.map((p) => [p.id, p.gold])), predicted);
  assert.ok(score.f1 >= FLOOR, `F1 ${score.f1.toFixed(4)} fell below the floor ${FLOOR} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)})`);
});
