// npm run bench:analyze — time and peak memory of `wiretrace analyze` on bundles of 5, 50 and 200
// articles built from the seeds and the example bundle, each in a fresh process (a cold start),
// and the growth ratio from 50 to 200 articles. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBundle } from './make-bundle.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = resolve(root, '../shared/seeds');
const examples = resolve(root, 'examples/harbor-bridge');
const work = mkdtempSync(join(tmpdir(), 'wiretrace-bench-'));

interface Run { readonly label: string; readonly articles: number; readonly seconds: number; readonly peakMb: number; readonly htmlMb: number }

function run(label: string, inputs: string[], articles: number): Run {
  const html = join(work, `${label}.html`);
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin/wiretrace.js'), 'analyze', ...inputs, '--json', '--html', html],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`analyze failed on ${label}: ${child.stderr.slice(-2000)}`);
  const peakKb = Number(child.stderr.trim().split('\n').pop());
  let htmlMb = 0;
  try { htmlMb = statSync(html).size / 1e6; } catch { /* the HTML writer is optional in this run */ }
  return { label, articles, seconds, peakMb: peakKb / 1024, htmlMb };
}

const runs: Run[] = [run('seeds', [seeds], 5)];
for (const size of [5, 50, 200]) {
  const dir = join(work, `bundle-${size}`);
  makeBundle([seeds, examples], size, dir);
  runs.push(run(`bundle-${size}`, [dir], size));
}
console.log('bundle          articles   seconds   peak MB   html MB');
for (const r of runs) {
  console.log(`${r.label.padEnd(15)} ${String(r.articles).padStart(8)} ${r.seconds.toFixed(2).padStart(9)} ${r.peakMb.toFixed(0).padStart(9)} ${r.htmlMb.toFixed(2).padStart(9)}`);
}
const at = (label: string): Run => runs.find((r) => r.label === label) as Run;
const growth = at('bundle-200').seconds / at('bundle-50').seconds;
console.log(`growth 50 -> 200 articles (4x the articles): ${growth.toFixed(2)}x the time (target <= 5x)`);
console.log(`seeds from a cold start: ${at('seeds').seconds.toFixed(2)} s (target < 2 s); 200 articles: ${at('bundle-200').seconds.toFixed(2)} s (target < 20 s)`);
rmSync(work, { recursive: true, force: true });
