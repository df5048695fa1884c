// npm run bench:scale — the same ingest through the job queue with 1, 2 and 4 `wiretrace worker` processes (issue 14).
// Prints figures; asserts nothing but that every article was stored once. On a throwaway PostgreSQL cluster this bench
// starts on 127.0.0.1 (as the tests start theirs), for each number of workers: a new database, the pile put on the
// queue by `add --workers` (timed apart), then the workers started and timed until the queue is empty and every story
// is analysed; articles/s and the speed-up over one worker. The pile: the twelve multi-outlet fixture stories (their
// analyses are part of the work) and generated distinct articles up to `-- --articles N` (default 10,000).
// `-- --workers 1,2,4` picks the fleets.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/store/_backends.ts';
import { startTestPostgres } from '../src/store/_test-postgres.ts';
import { settled, startWorker, storedPile, writeIngest } from '../src/queue/_worker-fleet.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({ options: { articles: { type: 'string' }, workers: { type: 'string' } } });
const wanted = Number(flags.articles ?? 10_000);
const fleets = (flags.workers ?? '1,2,4').split(',').map(Number);

const server = await startTestPostgres();
if ('missing' in server) throw new Error(server.missing);
const dir = await mkdtemp(join(tmpdir(), 'wiretrace-scale-'));
try {
  const { keys } = await writeIngest(dir, wanted, root);
  console.log(`${keys.size.toLocaleString('en')} articles (12 fixture stories, the rest generated), ${cpus().length} cores, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const rows: { workers: number; enqueue: number; seconds: number; stored: number; once: boolean; jobs: number; cpu: number; pg: number; machine: number }[] = [];
  for (const n of fleets) {
    const db = await server.createDatabase();
    let started = Date.now();
    const queued = await runCli('add', '--workers', '--db', db, dir);
    if (queued.code !== 0) throw new Error(queued.stderr);
    const enqueue = (Date.now() - started) / 1000;
    started = Date.now();
    const pgBefore = treeCpuSeconds(server.pid);
    const machineBefore = machineCpuSeconds();
    const fleet = Array.from({ length: n }, () => startWorker(root, db, ['--debounce', '2s']));
    if (!(await settled(db, 4 * 3600_000))) throw new Error('the workers did not finish');
    const seconds = (Date.now() - started) / 1000;
    const cpu = fleet.reduce((sum, w) => sum + cpuSeconds(w.child.pid!), 0);
    const pg = treeCpuSeconds(server.pid) - pgBefore;
    const machine = machineCpuSeconds() - machineBefore;
    for (const w of fleet) w.child.kill('SIGTERM');
    await Promise.all(fleet.map((w) => w.exited));
    const pile = await storedPile({ db });
    const once = pile.articles.size === keys.size && [...keys].every((k) => pile.articles.get(k)?.versions === 1 && pile.articles.get(k)?.members === 1);
    const jobs = fleet.reduce((sum, w) => sum + [...w.done.values()].reduce((a, b) => a + b, 0), 0);
    rows.push({ workers: n, enqueue, seconds, stored: pile.articles.size, once, jobs, cpu, pg, machine });
    console.log(`${n} worker${n === 1 ? '' : 's'}: queued in ${enqueue.toFixed(1)} s; ingested in ${seconds.toFixed(1)} s: ${(pile.articles.size / seconds).toFixed(1)} articles/s; ${pile.articles.size.toLocaleString('en')} stored, ${once ? 'each once' : 'NOT each once'}; ${jobs.toLocaleString('en')} jobs; the workers' CPU ${cpu.toFixed(1)} s (${(cpu * 1000 / pile.articles.size).toFixed(1)} ms an article), PostgreSQL's ${pg.toFixed(1)} s (${(pg * 1000 / pile.articles.size).toFixed(1)} ms), the machine's ${machine.toFixed(1)} s of ${(seconds * cpus().length).toFixed(1)} (others: ${Math.max(0, machine - cpu - pg).toFixed(1)} s)`);
  }
  const base = rows.find((r) => r.workers === 1)?.seconds ?? rows[0]!.seconds;
  console.log('\nworkers | ingest s | articles/s | speed-up | workers\' CPU s | PostgreSQL CPU s | others\' CPU s | stored once');
  for (const r of rows) console.log(`${String(r.workers).padStart(7)} | ${r.seconds.toFixed(1).padStart(8)} | ${(r.stored / r.seconds).toFixed(1).padStart(10)} | ${(base / r.seconds).toFixed(2).padStart(7)}x | ${r.cpu.toFixed(1).padStart(15)} | ${r.pg.toFixed(1).padStart(16)} | ${Math.max(0, r.machine - r.cpu - r.pg).toFixed(1).padStart(14)} | ${r.once ? 'yes' : 'NO'}`);
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}

// A process's CPU time so far, with that of its children (live, and ended: their time is added to the parent's
// cutime and cstime), as PostgreSQL's server and its backends.
function treeCpuSeconds(pid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      if (Number(entry) === pid) total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
      else if (Number(fields[1]) === pid) total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

// The whole machine's busy CPU time so far (every core, every process: all but idle and waiting for I/O).
function machineCpuSeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (ticks.reduce((a, b) => a + b, 0) - ticks[3]! - ticks[4]!) / 100;
}

// A process's CPU time so far (user and system), from /proc: the ticks are 1/100 s on Linux.
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
