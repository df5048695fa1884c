// npm run bench:extract — our HTML cleaning against the public article-extraction benchmark (181 pages):
// F1 / precision / recall by the benchmark's own metric, beside Readability.js on jsdom (the usual
// way to run it in Node) on the same pages in the same process, each timed after a warm-up. Then the
// large batch (issue 11): 10,000 pages (the benchmark's, repeated with small mutations) through the real
// `wiretrace extract --json` in one child process: peak memory (target < 500 MB) and pages per second,
// beside Readability on linkedom's pages per second on the same files (timed in its own process). `-- --pages N` sets the batch
// (0 skips it), `-- --sample N` how many of them Readability+linkedom is timed on (default 2,000). `-- --quick` prints our F1
// alone (no Readability, no published predictions, no batch): about 15 s, for use between changes.
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { join } from 'node:path';
import { cleanHtml } from '../src/clean/html/clean-html.ts';
import { scoreExtraction, type ExtractionScore } from './extraction-score.ts';
import { runExtractBatch } from './extract-batch.ts';
import { EXTRACTION_BENCHMARK, loadExtractionBenchmark, readBodies, type BenchmarkPage } from './load-extraction-benchmark.ts';

function extractOurs(page: BenchmarkPage): string {
  return cleanHtml({ source: page.url, format: 'html', body: page.html, meta: {} }).text;
}

function extractReadabilityJsdom(page: BenchmarkPage): string {
  // A silent console: jsdom reports every stylesheet it cannot parse, which is noise here.
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

function timed(pages: readonly BenchmarkPage[], extract: (page: BenchmarkPage) => string): { texts: Map<string, string>; ms: number } {
  for (const page of pages.slice(0, 5)) extract(page); // warm-up: JIT and module caches
  const texts = new Map<string, string>();
  const started = performance.now();
  for (const page of pages) texts.set(page.id, extract(page));
  return { texts, ms: performance.now() - started };
}

const line = (name: string, s: ExtractionScore, ms?: number): string =>
  `${name.padEnd(26)} F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}${ms === undefined ? '' : `  ${(ms / 1000).toFixed(2).padStart(6)} s`}`;

function printWorst(show: boolean, score: ExtractionScore, pages: readonly BenchmarkPage[]): void {
  if (!show) return;
  const worst = [...score.pages].sort(([, a], [, b]) => a.tp - b.tp).slice(0, 15);
  for (const [id, c] of worst) console.log(`  ${id.slice(0, 12)}  tp ${c.tp.toFixed(3)} fp ${c.fp.toFixed(3)} fn ${c.fn.toFixed(3)}  ${pages.find((p) => p.id === id)?.url ?? ''}`);
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({ options: { worst: { type: 'boolean' }, quick: { type: 'boolean' }, pages: { type: 'string' }, sample: { type: 'string' } } });
  const pages = loadExtractionBenchmark();
  const gold = new Map(pages.map((p) => [p.id, p.gold]));
  const ours = timed(pages, extractOurs);
  const oursScore = scoreExtraction(gold, ours.texts);
  console.log(`article-extraction benchmark: ${pages.length} pages`);
  console.log(line('wiretrace cleanHtml', oursScore, ours.ms));
  if (flags.quick === true) {
    printWorst(flags.worst === true, oursScore, pages);
    return;
  }
  const theirs = timed(pages, extractReadabilityJsdom);
  console.log(line('Readability.js on jsdom', scoreExtraction(gold, theirs.texts), theirs.ms));
  console.log(`speed: ${(theirs.ms / ours.ms).toFixed(2)}x faster than Readability on jsdom (target >= 3x)`);
  console.log('published predictions, scored here (published F1: rs_trafilatura 0.970, trafilatura 0.958, Readability.js 0.947):');
  for (const name of ['rs_trafilatura', 'trafilatura', 'readability_js']) {
    console.log(line(`  ${name}`, scoreExtraction(gold, readBodies(join(EXTRACTION_BENCHMARK, 'output', `${name}.json`)))));
  }
  printWorst(flags.worst === true, oursScore, pages);
  const count = Number(flags.pages ?? 10_000);
  if (count > 0) {
    const b = await runExtractBatch(pages, count, Number(flags.sample ?? 2_000));
    console.log(`large batch: ${b.pages.toLocaleString('en')} pages through \`wiretrace extract --json <folder>\` in one process: ${b.articles.toLocaleString('en')} articles`);
    for (const [reason, n] of [...b.problems].sort((x, y) => y[1] - x[1]).slice(0, 5)) console.log(`  ${n.toLocaleString('en')} named on stderr: ${reason}`);
    console.log(`  peak memory ${b.peakMb.toFixed(0)} MB (target < 500 MB); ${b.seconds.toFixed(1)} s, ${(b.pages / b.seconds).toFixed(1)} pages/s`);
    console.log(`  Readability on linkedom, the first ${b.readabilitySample.toLocaleString('en')} of the same files in a fresh process (extraction alone timed: no reading, writing or metadata): ${b.readabilityPagesPerSecond.toFixed(1)} pages/s`);
  }
}

await main();
