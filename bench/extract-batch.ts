// The large-batch run of `npm run bench:extract` (issue 11): N benchmark pages (repeated, each round
// mutated) written to a folder and read by the real `wiretrace extract --json <folder>` in one child
// process, its peak memory measured by /usr/bin/time; beside it, Readability on linkedom over a sample
// of the same files in another fresh process (bench/time-readability.ts). Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchmarkPage } from './load-extraction-benchmark.ts';
import { mutatePage } from './mutate-page.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/wiretrace.js');

/** Figures of one large-batch run. */
export interface BatchFigures {
  readonly pages: number;
  readonly articles: number;
  /** The lines on stderr, counted by reason (the input's name and quoted names taken out). */
  readonly problems: ReadonlyMap<string, number>;
  readonly seconds: number;
  readonly peakMb: number;
  readonly readabilityPagesPerSecond: number;
  readonly readabilitySample: number;
}

/** The `i`-th page of the batch: the benchmark's pages in order, round after round, each round mutated. */
function batchPage(pages: readonly BenchmarkPage[], i: number): { name: string; html: string } {
  const round = Math.floor(i / pages.length);
  const page = pages[i % pages.length]!;
  return { name: `r${String(round).padStart(3, '0')}-${page.id}.html`, html: mutatePage(page.html, round) };
}

/** Run `count` pages through `wiretrace extract --json` in one call, and Readability+linkedom over `sample` of them. */
export async function runExtractBatch(pages: readonly BenchmarkPage[], count: number, sample: number): Promise<BatchFigures> {
  const work = mkdtempSync(join(tmpdir(), 'wiretrace-extract-batch-'));
  try {
    const dir = join(work, 'pages');
    mkdirSync(dir);
    for (let i = 0; i < count; i++) {
      const { name, html } = batchPage(pages, i);
      writeFileSync(join(dir, name), html);
    }
    // The CLI bundles its sources on the first run after a change; pay that before timing.
    spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    const output = join(work, 'out.jsonl');
    const fd = openSync(output, 'w');
    const started = process.hrtime.bigint();
    const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : [];
    const [command, ...args] = [...time, process.execPath, cli, 'extract', '--json', dir];
    const child = spawnSync(command!, args, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    closeSync(fd);
    if (child.status !== 0) throw new Error(`extract failed on the batch (exit ${child.status}): ${child.stderr.slice(-2000)}`);
    const stderr = child.stderr.trim().split('\n');
    const peakKb = time.length > 0 ? Number(stderr.pop()) : Number.NaN;
    const readability = timeReadability(dir, Math.min(sample, count));
    return {
      pages: count,
      articles: await countLines(output),
      problems: reasonsOf(stderr.filter((line) => line.startsWith('wiretrace: '))),
      seconds,
      peakMb: peakKb / 1024,
      readabilityPagesPerSecond: readability,
      readabilitySample: Math.min(sample, count),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Readability on linkedom over the batch's first `sample` pages (the same files), in a fresh process: pages per second.
function timeReadability(dir: string, sample: number): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/time-readability.ts'), dir, String(sample)], { encoding: 'utf8', cwd: root });
  if (child.status !== 0) throw new Error(`Readability timing failed: ${child.stderr.slice(-2000)}`);
  const { pages, seconds } = JSON.parse(child.stdout) as { pages: number; seconds: number };
  return pages / seconds;
}

function reasonsOf(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const reason = line.replace(/^wiretrace: .*?\.html: /, '').replace(/"[^"]*"/g, '"…"');
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return counts;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  }
  return lines;
}
