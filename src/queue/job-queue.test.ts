import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startTestPostgres, type TestPostgres } from '../store/_test-postgres.ts';
import { openQueue, QUEUES, DEFAULT_JOB_TIMEOUT } from './job-queue.ts';

let server: TestPostgres;
before(async () => {
  const started = await startTestPostgres();
  if ('missing' in started) throw new Error(`the queue tests need PostgreSQL: ${started.missing}`);
  server = started;
});
after(async () => {
  await server?.stop();
});

async function expiries(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; seconds: number }>(
      `select name, extract(epoch from expire_in)::integer as seconds from pgboss.job where state = 'created' order by name`);
    return new Map(rows.map((r) => [r.name, r.seconds]));
  } finally {
    await client.end();
  }
}

test('jobs queued before a worker sets the job timeout (by an add that made the queues) take that timeout; later jobs take it when sent', { timeout: 120_000 }, async () => {
  const url = await server.createDatabase();
  const enqueuer = await openQueue({ url });
  await enqueuer.boss.send(QUEUES.clean, { n: 1 });
  await enqueuer.boss.send(QUEUES.add, { n: 2 });
  assert.deepEqual([...(await expiries(url)).values()], [DEFAULT_JOB_TIMEOUT, DEFAULT_JOB_TIMEOUT], 'sent with the default');
  const worker = await openQueue({ url, jobTimeout: 20 });
  try {
    assert.deepEqual(await expiries(url), new Map([[QUEUES.add, 20], [QUEUES.clean, 20]]), 'the waiting jobs take the worker\'s timeout');
    await enqueuer.boss.send(QUEUES.fetch, { n: 3 });
    assert.equal((await expiries(url)).get(QUEUES.fetch), 20, 'a job sent afterwards by the enqueuer takes it from its queue');
  } finally {
    await worker.stop();
    await enqueuer.stop();
  }
});
