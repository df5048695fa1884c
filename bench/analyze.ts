// npm run bench:analyze — time and peak memory of `wiretrace analyze` on the seeds and on bundles of 5, 50
// and 200 articles built from the seeds and the example bundle, each in a fresh process (a cold start),
// side by side with the same run on wording alone (`--no-embeddings`, the baseline without the sentence
// encoder); the growth ratio from 50 to 200 articles; and the HTML report's writing time and size.
// With `-- --big 500,2000,5000` (issue 11), also bundles of those many versions: time, peak memory, `--json`
// size and claim count of each, the time ratio of the largest to the smallest and the claim count against 50's.
// `-- --only-big` runs the big bundles alone. Prints figures; asserts nothing (tests assert behaviour, never timing).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBundle } from './make-bundle.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { buildArticles } from '../src/pipeline/build-articles.ts';
import { analyzeArticles } from '../src/pipeline/analyze.ts';
import type { Report } from '../src/model/index.ts';
import { formatHtml } from '../src/report/format-html.ts';
import { formatJson } from '../src/report/format-json.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/wiretrace.js');
const seeds = resolve(root, '../shared/seeds');
const examples = resolve(root, 'examples/harbor-bridge');
const work = mkdtempSync(join(tmpdir(), 'wiretrace-bench-'));
const { values: flags } = parseArgs({ options: { big: { type: 'string' }, 'only-big': { type: 'boolean' }, 'main-story': { type: 'boolean' } } });
const bigSizes = (flags.big ?? '').split(',').filter(Boolean).map(Number);

interface Run { readonly seconds: number; readonly peakMb: number; readonly htmlMb: number }

function run(label: string, inputs: string[], extra: string[]): Run {
  const html = join(work, `${label}${extra.join('')}.html`);
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'analyze', ...inputs, '--json', '--html', html, ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`analyze failed on ${label}: ${child.stderr.slice(-2000)}`);
  const peakKb = Number(child.stderr.trim().split('\n').pop());
  const htmlMb = existsSync(html) ? statSync(html).size / 1e6 : Number.NaN;
  return { seconds, peakMb: peakKb / 1024, htmlMb };
}

// The CLI bundles its sources on the first run after a change; pay that before timing anything.
spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });

// `--only-big` skips the small bundles and the writers (the big runs alone take minutes enough).
if (!flags['only-big']) await benchSmall();
// The bundles mix the seeds' story and the example's: `analyze` compares the bigger story alone unless told to keep
// all, so the big runs keep all (every version compared); `-- --main-story` times what `analyze` does by default.
const keepAll = flags['main-story'] ? [] : ['--keep-all'];
// Big stories: one cold run each, `--json` to a pipe read as it comes (its size and claim count kept, not the text).
if (bigSizes.length > 0) {
  const sizes = [50, ...bigSizes];
  // wall time and CPU time (user + system, every thread: the machine is shared, so CPU is the steadier figure)
  // the machine's load average (1 minute) as each run starts and ends: other work on the cores stretches the wall time
  console.log('\nversions | s        CPU s   peak MB   --json MB   claims   load');
  const big = new Map<number, { seconds: number; cpu: number; peakMb: number; jsonMb: number; claims: number }>();
  for (const size of sizes) {
    const dir = join(work, `big-${size}`);
    makeBundle([seeds, examples], size, dir);
    const loadBefore = loadavg()[0]!;
    const started = process.hrtime.bigint();
    const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, cli, 'analyze', dir, '--json', ...keepAll], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const load = `${loadBefore.toFixed(1)}-${loadavg()[0]!.toFixed(1)}`;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (child.status !== 0) throw new Error(`analyze failed on ${size} versions: ${child.stderr.slice(-2000)}`);
    const [peakKb, user, system] = (child.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    const row = { seconds, cpu: (user ?? 0) + (system ?? 0), peakMb: (peakKb ?? 0) / 1024, jsonMb: Buffer.byteLength(child.stdout) / 1e6, claims: (JSON.parse(child.stdout) as Report).claims.length };
    big.set(size, row);
    rmSync(dir, { recursive: true, force: true });
    console.log(`${String(size).padStart(8)} | ${row.seconds.toFixed(1).padStart(7)} ${row.cpu.toFixed(1).padStart(7)} ${row.peakMb.toFixed(0).padStart(9)} ${row.jsonMb.toFixed(1).padStart(11)} ${String(row.claims).padStart(8)}   ${load}`);
  }
  const first = big.get(bigSizes[0]!)!;
  const last = big.get(bigSizes[bigSizes.length - 1]!)!;
  const fifty = big.get(50)!;
  console.log(`${bigSizes[0]} -> ${bigSizes[bigSizes.length - 1]} versions (${(bigSizes[bigSizes.length - 1]! / bigSizes[0]!).toFixed(0)}x): ${(last.seconds / first.seconds).toFixed(2)}x the time (${(last.cpu / first.cpu).toFixed(2)}x the CPU) (target <= 12x for 500 -> 5,000); claims at ${bigSizes[bigSizes.length - 1]} against 50: ${last.claims} / ${fifty.claims} (${((last.claims / fifty.claims - 1) * 100).toFixed(0)}%, target within 10%)`);
}
rmSync(work, { recursive: true, force: true });

async function benchSmall(): Promise<void> {
  const bundles: { label: string; inputs: string[]; articles: number }[] = [{ label: 'seeds', inputs: [seeds], articles: 5 }];
  for (const size of [5, 50, 200]) {
    const dir = join(work, `bundle-${size}`);
    makeBundle([seeds, examples], size, dir);
    bundles.push({ label: `bundle-${size}`, inputs: [dir], articles: size });
  }

  console.log('bundle        articles | default: s   peak MB  html MB | --no-embeddings: s  peak MB | time ratio');
  const rows = new Map<string, { full: Run; lexical: Run }>();
  for (const b of bundles) {
    const full = run(b.label, b.inputs, []);
    const lexical = run(b.label, b.inputs, ['--no-embeddings']);
    rows.set(b.label, { full, lexical });
    console.log(`${b.label.padEnd(13)} ${String(b.articles).padStart(8)} | ${full.seconds.toFixed(2).padStart(10)} ${full.peakMb.toFixed(0).padStart(9)} ${full.htmlMb.toFixed(2).padStart(8)} | ${lexical.seconds.toFixed(2).padStart(18)} ${lexical.peakMb.toFixed(0).padStart(8)} | ${(full.seconds / lexical.seconds).toFixed(2).padStart(9)}x`);
  }
  const at = (label: string) => rows.get(label)!;
  const growth = at('bundle-200').full.seconds / at('bundle-50').full.seconds;
  const growthLexical = at('bundle-200').lexical.seconds / at('bundle-50').lexical.seconds;
  console.log(`growth 50 -> 200 articles (4x the articles): ${growth.toFixed(2)}x the time (${growthLexical.toFixed(2)}x on wording alone; targets <= 5x at first, <= 4x in issue 9)`);
  console.log(`seeds from a cold start: ${at('seeds').full.seconds.toFixed(2)} s (${at('seeds').lexical.seconds.toFixed(2)} s on wording alone; targets < 2 s at first, < 1.5 s in issue 9); 200 articles: ${at('bundle-200').full.seconds.toFixed(2)} s (targets < 20 s at first, < 10 s in issue 9)`);

  // Reporting on its own: the HTML writer on the 200-article report, in process, against the JSON writer as baseline.
  {
    const { documents } = await ingest([join(work, 'bundle-200')], {});
    const report = await analyzeArticles(buildArticles(documents).articles, { embedBudget: 0 });
    const timed = (write: (r: Report) => string): { ms: number; bytes: number } => {
      write(report); // warm up: the first call pays for compiling the writer
      const t = performance.now();
      const out = write(report);
      return { ms: performance.now() - t, bytes: Buffer.byteLength(out) };
    };
    const html = timed(formatHtml);
    const json = timed(formatJson);
    console.log(`HTML report of 200 articles: written in ${(html.ms / 1000).toFixed(2)} s, ${(html.bytes / 1e6).toFixed(2)} MB (targets < 2 s, < 5 MB); JSON of the same report: ${json.ms.toFixed(0)} ms, ${(json.bytes / 1e6).toFixed(2)} MB (HTML/JSON: ${(html.ms / json.ms).toFixed(1)}x the time, ${(html.bytes / json.bytes).toFixed(2)}x the size)`);
  }
}
