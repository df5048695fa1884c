import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../store/_backends.ts';
import { startTestPostgres, type TestPostgres } from '../store/_test-postgres.ts';
import { settled, startWorker, storedPile, writeIngest } from './_worker-fleet.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

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

// A copy of the project as another machine would hold it: its own sources, launcher and bundle, the same packages.
async function copyProject(into: string): Promise<string> {
  await mkdir(into, { recursive: true });
  for (const part of ['bin', 'src', 'package.json', 'package-lock.json', 'tsconfig.json']) await cp(join(root, part), join(into, part), { recursive: true });
  await symlink(join(root, 'node_modules'), join(into, 'node_modules'), 'dir');
  return into;
}

test('two workers run from two copies of the project on one database split the work and agree on the stories with one process adding alone', { timeout: 900_000 }, async (t) => {
  const base = await mkdtemp(join(tmpdir(), 'wiretrace-copies-'));
  dirs.push(base);
  const [one, two] = await Promise.all([copyProject(join(base, 'machine-a')), copyProject(join(base, 'machine-b'))]);
  const pileDir = join(base, 'pile');
  const { keys } = await writeIngest(pileDir, 120, root);
  const db = await server.createDatabase();
  const queued = await runCli('add', '--workers', '--db', db, pileDir);
  assert.equal(queued.code, 0, queued.stderr);
  const workers = [startWorker(one, db, ['--debounce', '1s']), startWorker(two, db, ['--debounce', '1s'])];
  assert.ok(await settled(db, 600_000), 'the workers did not finish the queue');
  for (const worker of workers) worker.child.kill('SIGTERM');
  assert.deepEqual(await Promise.all(workers.map((w) => w.exited)), [0, 0], workers.map((w) => w.stderr()).join('\n'));
  // both clean and analyse; placing is serial, so the worker holding the store's writer lock takes the `add` jobs
  // while there are any (another takes over when it is freed), and every article was placed by one of the two
  for (const [n, worker] of workers.entries()) {
    t.diagnostic(`worker ${n + 1}: ${JSON.stringify(Object.fromEntries(worker.done))}`);
    assert.ok((worker.done.get('wiretrace-clean') ?? 0) > 0, `worker ${n + 1} cleaned pages`);
    assert.deepEqual(worker.failed, []);
  }
  assert.equal(workers.reduce((sum, w) => sum + (w.done.get('wiretrace-add') ?? 0), 0), keys.size, 'each article placed once');
  const shared = await storedPile({ db });
  assert.equal(shared.articles.size, keys.size);
  // the same pile added by one process to an embedded store of its own
  const alone = await mkdtemp(join(tmpdir(), 'wiretrace-alone-'));
  dirs.push(alone);
  const added = await runCli('add', '--no-embeddings', '--data', alone, pileDir);
  assert.equal(added.code, 0, added.stderr);
  const single = (await storedPile({ data: alone })).stories;
  assert.deepEqual(shared.stories, single);
  assert.ok(shared.stories.filter((s) => s.length >= 2).length >= 12, 'the fixture stories were grouped');
});
