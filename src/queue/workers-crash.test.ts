import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from '../store/_crash-child.ts';
import { runCli } from '../store/_backends.ts';
import { startTestPostgres, type TestPostgres } from '../store/_test-postgres.ts';
import { openStore } from '../store/open-store.ts';
import { queueStatus } from './queue-status.ts';
import { settled, startWorker, storedPile, writeIngest, type FleetWorker } from './_worker-fleet.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The figures (2,000 articles, 3 workers) with WORKERS_KILL_FULL=1; the suite runs 150 articles and 6 kills,
// so it stays within a few minutes on 2 shared cores.
const FULL = process.env.WORKERS_KILL_FULL === '1';
const ARTICLES = FULL ? 2000 : 150;
const KILLS = FULL ? 25 : 6;
const WORKERS = 3;
// short enough that a dead worker's jobs come back within the test, long enough for a story's analysis
const FLAGS = ['--job-timeout', '20s', '--debounce', '1s'];

let server: TestPostgres;
const dirs: string[] = [];
before(async () => {
  const started = await startTestPostgres();
  if ('missing' in started) throw new Error(`the worker tests need PostgreSQL: ${started.missing}`);
  server = started;
});
after(async () => {
  await server?.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

test(`${ARTICLES} articles ingested by ${WORKERS} workers killed with SIGKILL ${KILLS} times at random moments: nothing lost, nothing stored twice, every story analysed after its last article`, { timeout: 1_800_000 }, async (t) => {
  const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
  t.diagnostic(`KILL_SEED=${seed}`);
  const random = seeded(seed);
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-fleet-'));
  dirs.push(dir);
  const { keys } = await writeIngest(dir, ARTICLES, root);
  const db = await server.createDatabase();
  const started = Date.now();
  const queued = await runCli('add', '--workers', '--db', db, dir);
  assert.equal(queued.code, 0, queued.stderr);
  const fleet: FleetWorker[] = Array.from({ length: WORKERS }, () => startWorker(root, db, FLAGS));
  const all = [...fleet];
  let kills = 0;
  while (kills < KILLS) {
    // a random moment: a worker may be opening the store, cleaning, holding the writer lock or analysing a story
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.floor(random() * 3500)));
    const victim = Math.floor(random() * fleet.length);
    fleet[victim]!.child.kill('SIGKILL');
    await fleet[victim]!.exited;
    kills++;
    fleet[victim] = startWorker(root, db, FLAGS);
    all.push(fleet[victim]!);
  }
  t.diagnostic(`${kills} workers killed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(await settled(db, 1_200_000), 'the workers did not finish the queue');
  // a worker started after the last kill may still be loading; SIGTERM before its handler is set would kill it outright
  assert.deepEqual(await Promise.all(fleet.map((w) => w.started)), fleet.map(() => true), fleet.map((w) => w.stderr()).join('\n'));
  for (const worker of fleet) worker.child.kill('SIGTERM');
  const codes = await Promise.all(fleet.map((w) => w.exited));
  assert.deepEqual(codes, fleet.map(() => 0), fleet.map((w) => w.stderr()).join('\n'));
  t.diagnostic(`settled after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const pile = await storedPile({ db });
  assert.equal(pile.articles.size, keys.size, 'as many articles stored as given');
  for (const key of keys) assert.deepEqual(pile.articles.get(key), { versions: 1, members: 1 }, `${key} stored once, in one story`);
  const store = await openStore({ db });
  try {
    const status = await queueStatus(store);
    assert.deepEqual(status.failures, [], 'no job failed for good');
    // every story of two or more articles has an analysis of exactly its articles (staleStories found none left)
    const [counts] = await store.query<{ stories: number; analysed: number }>(
      `select count(*)::integer as stories, count(*) filter (where exists (
         select 1 from analyses a where a.story_id = s.story_id and a.version_count = s.n))::integer as analysed
       from (select story_id, count(*) as n from story_members group by story_id having count(*) >= 2) s`);
    assert.ok(counts!.stories >= 12, `the fixture stories are stories (${counts!.stories})`);
    assert.equal(counts!.analysed, counts!.stories);
  } finally {
    await store.close();
  }
  const jobs = all.reduce((sum, w) => sum + [...w.done.values()].reduce((a, b) => a + b, 0), 0);
  t.diagnostic(`${all.length} worker processes did ${jobs} jobs; ${pile.stories.length} stories`);
});
