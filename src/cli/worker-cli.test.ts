import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../store/_backends.ts';
import { startTestPostgres, type TestPostgres } from '../store/_test-postgres.ts';
import { openStore } from '../store/open-store.ts';
import { runWorker } from './run-worker.ts';
import { openQueue, QUEUES } from '../queue/job-queue.ts';
import { queueStatus } from '../queue/queue-status.ts';
import { sleep } from '../queue/work-queue.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: TestPostgres;
before(async () => {
  const started = await startTestPostgres();
  if ('missing' in started) throw new Error(`the worker tests need PostgreSQL: ${started.missing}`);
  server = started;
});
after(() => server?.stop());

const never = new AbortController().signal;
const quiet = () => {
  let text = '';
  const sink = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  return { io: { stdout: sink, stderr: sink, stdin, stdoutIsTTY: false, stderrIsTTY: false }, text: () => text };
};

test('worker, status, retry and add --workers need a PostgreSQL store, and say so in one line', async () => {
  for (const argv of [['worker'], ['status'], ['retry', '--all'], ['add', '--workers', `${root}examples/harbor-bridge`]]) {
    const run = await runCli(...argv);
    assert.equal(run.code, 2, argv.join(' '));
    assert.match(run.stderr, /^wiretrace: .*PostgreSQL store: give --db postgres:\/\/\.\.\. \(or set WIRETRACE_DB\).*\n$/);
  }
});

test('a worker stores and analyses what add --workers queued; status shows the work; a failed job keeps its error and is run again by retry', { timeout: 300_000 }, async () => {
  const db = await server.createDatabase();
  const empty = await runCli('status', '--db', db);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /no job queue yet/);
  const queued = await runCli('add', '--workers', '--json', '--db', db, `${root}examples/harbor-bridge`);
  assert.equal(queued.code, 0, queued.stderr);
  assert.deepEqual(JSON.parse(queued.stdout), { event: 'queued', documents: 6, urls: 0, problems: 0 });
  // a job no worker can run: its document is missing
  const queue = await openQueue({ url: db });
  const bad = await queue.boss.send(QUEUES.clean, { build: {} }, { retryLimit: 0 });
  await queue.stop();
  const stop = new AbortController();
  const out = quiet();
  const worker = runWorker({ db, embeddings: false, debounce: 0 }, out.io, process.env, stop.signal);
  const store = await openStore({ db });
  try {
    let status = await queueStatus(store);
    for (let i = 0; i < 240 && !(status.failures.length === 1 && status.queues.every((q) => q.queued + q.active === 0) && status.slowest.length === 1); i++) {
      await sleep(500, never);
      status = await queueStatus(store);
    }
    stop.abort();
    assert.equal(await worker, 0);
    assert.deepEqual(status.failures.map((f) => [f.id, f.queue]), [[bad, 'clean']]);
    assert.match(status.failures[0]!.error, /document|undefined/);
    assert.equal(status.queues.find((q) => q.queue === 'add')!.doneLast10m, 6, 'six articles stored');
    assert.equal(status.stored.lastHour, 6);
    assert.equal(status.slowest[0]!.versions, 6);
    assert.match(out.text(), new RegExp(`job ${bad} \\(wiretrace-clean\\): `));
    const shown = await runCli('status', '--db', db);
    assert.equal(shown.code, 0);
    assert.match(shown.stdout, new RegExp(`Failed jobs .*\\n  ${bad} clean at `));
    assert.match(shown.stdout, /Slowest stories to analyse:\n +[\d.]+ s  6 versions  \w+  "[^"\n]*Halverston/);
    const missing = await runCli('retry', '--db', db, 'no-such-job');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /"no-such-job" is not a failed job of this store/);
    const retried = await runCli('retry', '--db', db, '--json', bad!);
    assert.equal(retried.code, 0, retried.stderr);
    assert.deepEqual(JSON.parse(retried.stdout), { retried: [bad], missing: [] });
    const after = await queueStatus(store);
    assert.deepEqual(after.failures, []);
    assert.equal(after.queues.find((q) => q.queue === 'clean')!.queued, 1, 'the job waits for a worker again');
  } finally {
    await store.close();
  }
});
