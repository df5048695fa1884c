// npm run bench:serve — `wiretrace serve` under load (issue 13). Prints figures; asserts nothing.
// Builds a store (the example and `-- --stories N` story fixtures, default 12, added by `wiretrace add --no-embeddings`;
// PGlite in a temporary directory; `-- --postgres`: a throwaway PostgreSQL cluster on 127.0.0.1; `-- --db postgres://...`), starts `wiretrace serve` on 127.0.0.1 in a child
// process (one core for it, one for the load), then runs autocannon against each route for `-- --seconds S` (default
// 10) with `-- --connections C` clients (default 50): the stories list, a search, one story (its report, timeline and
// copying graph), and their web pages. Prints requests/s, latency p50/p90/p99 and errors per route.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startTestPostgres } from '../src/store/_test-postgres.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({ options: { stories: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' }, db: { type: 'string' }, postgres: { type: 'boolean' } } });
const storyCount = Number(flags.stories ?? 12);
const seconds = Number(flags.seconds ?? 10);
const connections = Number(flags.connections ?? 50);
const cli = join(root, 'bin/wiretrace.js');

const cluster = flags.postgres ? await startTestPostgres() : null;
if (cluster && 'missing' in cluster) throw new Error(cluster.missing);
const db = flags.db ?? (cluster ? await cluster.createDatabase() : undefined);
const data = db ? null : await mkdtemp(join(tmpdir(), 'wiretrace-bench-serve-'));
const store = db ? ['--db', db] : ['--data', data!];
const fixtures = join(root, 'fixtures/stories');
const folders = [join(root, 'examples/harbor-bridge'), ...(await readdir(fixtures, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => join(fixtures, d.name)).sort().slice(0, storyCount)];

const run = (args: readonly string[]): Promise<number> => new Promise((resolve) => {
  spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] }).once('exit', (code) => resolve(code ?? 1));
});

let server: ChildProcess | null = null;
try {
  let start = Date.now();
  if (await run(['add', '--no-embeddings', ...store, ...folders]) !== 0) throw new Error('wiretrace add failed');
  console.log(`store: ${folders.length} story folders added in ${((Date.now() - start) / 1000).toFixed(1)} s (${db ? 'PostgreSQL' : 'PGlite'})`);

  start = Date.now();
  server = spawn(process.execPath, [cli, 'serve', ...store, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    server!.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  console.log(`serve: listening after ${((Date.now() - start) / 1000).toFixed(1)} s`);
  const list = await (await fetch(`${base}/api/stories?limit=100`)).json() as { total: number; stories: { id: string; articles: number }[] };
  const story = list.stories.reduce((a, b) => (b.articles > a.articles ? b : a));
  console.log(`${list.total} stories, ${list.stories.reduce((n, s) => n + s.articles, 0)} articles in the first 100; the story loaded: ${story.id} (${story.articles} articles)`);
  // a route "uncached" gets a new, ignored parameter on every request: the store is read each time (the rebuilt
  // report of a story stays in memory, by analysis)
  const routes: [string, string, boolean][] = [
    ['API stories list', '/api/stories', false],
    ['API stories list, uncached', '/api/stories', true],
    ['API search', '/api/stories?q=minister%20or%20officials%20-zzz', false],
    ['API search, uncached', '/api/stories?q=minister%20or%20officials%20-zzz', true],
    ['API one story', `/api/stories/${story.id}`, false],
    ['API one story, uncached', `/api/stories/${story.id}`, true],
    ['web stories page', '/', false],
    ['web story page', `/stories/${story.id}`, false],
  ];
  console.log(`autocannon: ${connections} connections, ${seconds} s per route; load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| route | requests/s | p50 ms | p90 ms | p99 ms | errors | non-2xx |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, path, uncached] of routes) {
    // warm: the first request of a story rebuilds its report
    await fetch(`${base}${path}`);
    let n = 0;
    const vary = (request: { path?: string }): { path: string } => ({ ...request, path: `${path}${path.includes('?') ? '&' : '?'}n=${++n}` });
    const r = await autocannon({ url: `${base}${path}`, connections, duration: seconds, timeout: 30, ...(uncached && { requests: [{ setupRequest: vary }] }) });
    console.log(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.errors + r.timeouts} | ${r.non2xx} |`);
  }
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (data) await rm(data, { recursive: true, force: true });
  if (cluster && !('missing' in cluster)) await cluster.stop();
}
