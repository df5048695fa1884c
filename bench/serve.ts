// npm run bench:serve — a newsroom's store under `wiretrace serve` (issue 13). Prints figures; asserts nothing.
// 1. A pile of `-- --articles N` articles (default 10,000) built by mutation from the story fixtures, the example and
//    the extraction benchmark's pages (`serve-corpus.ts`), written as JSON Lines files of 100 (not timed).
// 2. `wiretrace add --no-embeddings --no-analyse --json` of that file into a new store, timed from the process start:
//    every article cleaned, grouped and committed, against the issue's target of 3 minutes. PGlite in a temporary
//    directory; `-- --postgres`: a throwaway PostgreSQL cluster on 127.0.0.1; `-- --db postgres://...`.
// 3. `wiretrace serve` on 127.0.0.1 in a child process (one core for it, one for the load), which analyses the stories
//    `add` left stale in the background while idle (every story of two or more articles): timed until it says none is
//    left. Then autocannon with
//    `-- --connections C` clients (default 50) for `-- --seconds S` (default 10) per route: the story page API (a
//    story of the pile's median size and the biggest), a search, the stories list, the web story page; each API route
//    also "uncached" (a new ignored parameter per request, so the store is read every time). Latency p50/p95/p99 from
//    every response's time (autocannon's own histogram has no p95), errors, against the targets: story p95 < 100 ms,
//    search p95 < 200 ms, 0 errors. The machine is shared: the load average is printed before and after.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { startTestPostgres } from '../src/store/_test-postgres.ts';
import { buildServePile } from './serve-corpus.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({ options: { articles: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' }, db: { type: 'string' }, postgres: { type: 'boolean' } } });
const articleCount = Number(flags.articles ?? 10_000);
const seconds = Number(flags.seconds ?? 10);
const connections = Number(flags.connections ?? 50);
const cli = join(root, 'bin/wiretrace.js');
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

const cluster = flags.postgres ? await startTestPostgres() : null;
if (cluster && 'missing' in cluster) throw new Error(cluster.missing);
const db = flags.db ?? (cluster ? await cluster.createDatabase() : undefined);
const work = await mkdtemp(join(tmpdir(), 'wiretrace-bench-serve-'));
const store = db ? ['--db', db] : ['--data', join(work, 'store')];

let server: ChildProcess | null = null;
try {
  let start = Date.now();
  const { items, sources } = await buildServePile(root, articleCount);
  // files of 100 items: under an input's size limit (10 MiB) and its time limit (raised below: the machine is shared)
  const files: string[] = [];
  for (let n = 0; n < items.length; n += 100) {
    files.push(join(work, `pile-${String(files.length).padStart(3, '0')}.jsonl`));
    await writeFile(files.at(-1)!, items.slice(n, n + 100).map((item) => `${JSON.stringify(item)}\n`).join(''));
  }
  console.log(`pile: ${items.length.toLocaleString('en')} articles from ${sources} sources by mutation, built in ${((Date.now() - start) / 1000).toFixed(1)} s (not timed below); load average ${load()}`);

  // add, timed from the process start: when the first and the last article were committed
  start = Date.now();
  const added = { stored: 0, unchanged: 0, duplicate: 0, firstStored: 0, lastStored: 0, end: 0 };
  const child = spawn(process.execPath, ['--max-old-space-size=4096', cli, 'add', '--no-embeddings', '--no-analyse', '--json', '--max-seconds', '120', ...store, ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const event = (JSON.parse(line) as { event: keyof typeof added }).event;
    added[event]++;
    if (event === 'stored') {
      added.lastStored = Date.now() - start;
      if (added.firstStored === 0) added.firstStored = added.lastStored;
      if (added.stored % 1000 === 0) console.log(`  ${added.stored.toLocaleString('en')} stored at ${(added.lastStored / 1000).toFixed(0)} s`);
    }
  });
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
  added.end = Date.now() - start;
  if (code !== 0) throw new Error(`wiretrace add exited with ${code}`);
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  console.log(`add --no-analyse (${db ? 'PostgreSQL' : 'PGlite'}): ${added.stored.toLocaleString('en')} stored, ${added.unchanged} unchanged, ${added.duplicate} duplicates`);
  console.log(`  total ${s(added.end)} (target 180 s: ${added.end <= 180_000 ? 'met' : `missed, ${(added.end / 180_000).toFixed(2)}x`}): store opened and first article committed at ${s(added.firstStored)}, last at ${s(added.lastStored)} (${(added.stored / Math.max(1, (added.lastStored - added.firstStored) / 1000)).toFixed(0)} articles/s); load average ${load()}`);

  start = Date.now();
  server = spawn(process.execPath, [cli, 'serve', ...store, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  const said = (pattern: RegExp): Promise<RegExpExecArray> => new Promise((resolve, reject) => {
    const look = (): void => {
      const m = pattern.exec(text);
      if (!m) return;
      server!.stdout!.off('data', look);
      resolve(m);
    };
    server!.stdout!.on('data', look);
    server!.once('exit', (c) => reject(new Error(`serve exited with ${c}`)));
    look();
  });
  server.stdout!.on('data', (d: Buffer) => { text += String(d); });
  const base = (await said(/at (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
  console.log(`serve: listening after ${s(Date.now() - start)}`);
  const [, analysedCount] = await said(/([\d,]+) stor(?:y|ies) analysed in the background; none left/);
  console.log(`serve: ${analysedCount} stories analysed in the background in ${s(Date.now() - start)} from its start; load average ${load()}`);
  const stories: { id: string; articles: number }[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await (await fetch(`${base}/api/stories?limit=100&offset=${offset}`)).json() as { total: number; stories: { id: string; articles: number }[] };
    stories.push(...page.stories);
    if (offset + 100 >= page.total || offset >= 2000) break;
  }
  const analysed = stories.filter((x) => x.articles >= 2).sort((a, b) => a.articles - b.articles);
  const median = analysed[Math.floor(analysed.length / 2)]!;
  const biggest = analysed.at(-1)!;
  console.log(`${stories.length.toLocaleString('en')} stories read from the list; story pages loaded: ${median.id} (${median.articles} articles, the median of those analysed) and ${biggest.id} (${biggest.articles}, the biggest)`);
  const routes: [string, string, boolean, number | null][] = [
    ['API story (median)', `/api/stories/${median.id}`, false, 100],
    ['API story (median), uncached', `/api/stories/${median.id}`, true, 100],
    ['API story (biggest), uncached', `/api/stories/${biggest.id}`, true, 100],
    ['API search', '/api/stories?q=minister%20or%20officials%20-zzz', false, 200],
    ['API search, uncached', '/api/stories?q=minister%20or%20officials%20-zzz', true, 200],
    ['API search "a phrase", uncached', '/api/stories?q=%22the%20government%22', true, 200],
    ['API stories list, uncached', '/api/stories', true, null],
    ['web story page (median)', `/stories/${median.id}`, false, null],
  ];
  console.log(`autocannon: ${connections} connections, ${seconds} s per route; load average before: ${load()}`);
  console.log('| route | requests/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | target |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, path, uncached, target] of routes) {
    // warm: the first request of a story rebuilds its report
    await fetch(`${base}${path}`);
    let n = 0;
    const vary = (request: { path?: string }): { path: string } => ({ ...request, path: `${path}${path.includes('?') ? '&' : '?'}n=${++n}` });
    const times: number[] = [];
    const result = await new Promise<Result>((resolve, reject) => {
      autocannon({ url: `${base}${path}`, connections, duration: seconds, timeout: 30, ...(uncached && { requests: [{ setupRequest: vary }] }) },
        (error, r) => (error ? reject(error) : resolve(r))).on('response', (_c, _status, _bytes, ms) => { times.push(ms); });
    });
    times.sort((a, b) => a - b);
    const at = (q: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN);
    const errors = result.errors + result.timeouts;
    const verdict = target === null ? '' : at(0.95) < target && errors + result.non2xx === 0 ? `p95 < ${target}: met` : `p95 < ${target}: missed`;
    console.log(`| ${name} | ${result.requests.average.toFixed(0)} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${errors} | ${result.non2xx} | ${verdict} |`);
  }
  console.log(`load average after: ${load()}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await rm(work, { recursive: true, force: true });
  if (cluster && !('missing' in cluster)) await cluster.stop();
}
