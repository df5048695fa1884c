// npm run bench:html — the HTML report of big stories in Chromium (issue 11): for bundles of 50 and 5,000
// versions (built from the seeds and the example bundle, as bench:analyze builds them, and analysed by the
// CLI with --json to a file), the report's writing time and size (the page, its data block, and the data's
// JSON before compression), then in headless Chromium from file://:
// time to first render (navigation start to the page built, as the script marks it once its data is read,
// inflated when compressed, and every part drawn; and to the first contentful paint, which follows), the DOM's size (elements and all nodes), the JS heap, and
// the time to draw the next page of matrix rows, to search the matrix and to open a claim (each with the
// layout it forces). Each page figure is the median of --runs openings.
// `-- --sizes 50,500,5000` picks the bundles; `-- --reports a.json,b.json` times saved `analyze --json`
// reports instead (a 5,000-version analysis takes many minutes); both may be given: `-- --sizes 50 --reports
// big.json` sets a saved 5,000-version report beside a fresh 50. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { makeBundle } from './make-bundle.ts';
import type { Report } from '../src/model/index.ts';
import { formatHtml } from '../src/report/format-html.ts';
import { htmlData } from '../src/report/html/html-data.ts';
import { CHROMIUM_PATH } from '../test/browser/open-in-chromium.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/wiretrace.js');
const bases = [resolve(root, '../shared/seeds'), resolve(root, 'examples/harbor-bridge')];
const work = mkdtempSync(join(tmpdir(), 'wiretrace-bench-html-'));
const { values: flags } = parseArgs({ options: { sizes: { type: 'string' }, reports: { type: 'string' }, runs: { type: 'string' } } });
const runs = Number(flags.runs ?? 3);

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`bench:html needs Chromium at ${CHROMIUM_PATH} (run "node scripts/ensure-chromium.mjs" as root, or set WIRETRACE_CHROMIUM)`);
  process.exit(1);
}

// One analysed story: a saved report, or a bundle of `size` versions analysed by the CLI now.
function reportOf(source: string): { label: string; file: string } {
  if (!/^\d+$/.test(source)) return { label: source.split('/').pop()!, file: resolve(source) };
  const dir = join(work, `bundle-${source}`);
  const file = join(work, `report-${source}.json`);
  makeBundle(bases, Number(source), dir);
  const started = process.hrtime.bigint();
  const out = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" analyze "${dir}" --json > "${file}"`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`analyze failed on ${source} versions: ${out.stderr.slice(-2000)}`);
  console.error(`(analysed ${source} versions in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s)`);
  rmSync(dir, { recursive: true, force: true });
  return { label: `${source} versions`, file };
}

interface PageFigures {
  /** Navigation start to the first contentful paint: the page is built (its script runs first) and laid out. */
  readonly renderMs: number;
  /** Navigation start to the page built (the script's mark once its data is read and every part drawn). */
  readonly builtMs: number;
  readonly elements: number;
  readonly nodes: number;
  readonly heapMb: number;
  readonly nextPageMs: number;
  readonly searchMs: number;
  readonly claimMs: number;
}

// Open the report once: time to the page built, the DOM's size and the heap, then three interactions.
async function openOnce(browser: Browser, url: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route((target) => target.href !== url, (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
  await page.waitForSelector('html[data-ready="true"]', { timeout: 600_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 60_000 });
  const timing = await page.evaluate(() => {
    const built = performance.getEntriesByName('wiretrace-built')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return { renderMs: paint ? paint.startTime : Number.NaN, builtMs: built ? built.startTime : Number.NaN, elements: document.getElementsByTagName('*').length, nodes };
  });
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  // each interaction timed in the page, with the layout it forces
  const hasNext = await page.locator('#matrix-section nav.pager:not([hidden]) button.pager-next').count();
  const nextPageMs = hasNext ? await page.evaluate(() => {
    const t = performance.now();
    document.querySelector<HTMLButtonElement>('#matrix-section nav.pager button.pager-next')!.click();
    void document.body.offsetHeight;
    return performance.now() - t;
  }) : Number.NaN;
  const searchMs = await page.locator('#matrix-search').count() ? await page.evaluate(() => {
    const t = performance.now();
    const box = document.getElementById('matrix-search') as HTMLInputElement;
    box.value = 'said';
    box.dispatchEvent(new Event('input'));
    void document.body.offsetHeight;
    return performance.now() - t;
  }) : Number.NaN;
  const claimMs = await page.evaluate(() => {
    const t = performance.now();
    document.querySelector<HTMLElement>('#matrix tbody tr[data-row-kind="claim"]')!.click();
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  await context.close();
  return { ...timing, heapMb: heap / 1e6, nextPageMs, searchMs, claimMs };
}

const median = (xs: number[]): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

const sizes = flags.sizes ?? (flags.reports ? '' : '50,5000');
const sources = [...sizes.split(','), ...(flags.reports ?? '').split(',')].filter(Boolean);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
console.log('story            versions  rows | write s  html MB  data MB (JSON MB) | built ms  first paint ms  elements     nodes  heap MB | next page ms  search ms  open claim ms');
try {
  for (const source of sources) {
    const { label, file } = reportOf(source);
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    formatHtml(report); // warm up: the first call pays for compiling the writer
    const started = performance.now();
    const html = formatHtml(report);
    const writeS = (performance.now() - started) / 1000;
    const block = /id="wiretrace-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const json = JSON.stringify(htmlData(report)).length;
    const page = join(work, `${label}.html`);
    writeFileSync(page, html);
    const url = pathToFileURL(page).href;
    const all: PageFigures[] = [];
    for (let r = 0; r < runs; r++) all.push(await openOnce(browser, url));
    const m = (key: keyof PageFigures): number => median(all.map((x) => x[key]));
    const rows = report.claims.length + report.unique.length;
    console.log(`${label.padEnd(16)} ${String(report.articles.length).padStart(8)} ${String(rows).padStart(5)} | ${writeS.toFixed(2).padStart(7)} ${(html.length / 1e6).toFixed(2).padStart(8)} ${(block.length / 1e6).toFixed(2).padStart(8)} ${`(${(json / 1e6).toFixed(2)})`.padStart(10)} | `
      + `${m('builtMs').toFixed(0).padStart(8)} ${m('renderMs').toFixed(0).padStart(15)} ${m('elements').toFixed(0).padStart(9)} ${m('nodes').toFixed(0).padStart(9)} ${m('heapMb').toFixed(1).padStart(8)} | `
      + `${m('nextPageMs').toFixed(0).padStart(12)} ${m('searchMs').toFixed(0).padStart(10)} ${m('claimMs').toFixed(0).padStart(14)}`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
