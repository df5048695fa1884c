import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runCli } from '../store/_backends.ts';
import { startTestPostgres, type TestPostgres } from '../store/_test-postgres.ts';
import { listFeeds } from '../store/feed-list.ts';
import { openStore } from '../store/open-store.ts';
import { assertApiError, serveStore } from '../serve/_serve-for-test.ts';
import { startFeedSite } from '../watch/_feed-site.ts';
import { openQueue, QUEUES } from './job-queue.ts';
import { queueStatus } from './queue-status.ts';
import { settled, startWorker, storedPile } from './_worker-fleet.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: TestPostgres;
before(async () => {
  const started = await startTestPostgres();
  if ('missing' in started) throw new Error(started.missing);
  server = started;
});
after(() => server?.stop());

const form = (origin: string, body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body });
const pasted = [
  { title: 'Dockers strike over pay at the northern port', text: 'Dock workers at the northern port walked out on Monday over pay, the union said. Ships were left waiting offshore.', outlet: 'Harbour Gazette' },
  { title: 'Port strike leaves ships waiting', text: 'Ships waited offshore on Monday after dock workers at the northern port went on strike over pay, their union said.', outlet: 'Coast Courier' },
];

test('serve --workers: pasted articles and new feeds go to the queue; failed jobs are listed with their errors and retried from the API and the Watch page', { timeout: 300_000 }, async () => {
  const db = await server.createDatabase();
  const site = await startFeedSite();
  site.pages.set('/strike', { title: pasted[0]!.title, paragraphs: [pasted[0]!.text] });
  site.listed.push('/strike');
  const queue = await openQueue({ url: db });
  const served = await serveStore({ db }, { queue: queue.boss, urls: { allowPrivate: true } });
  try {
    const analysed = await served.post('/api/analyze', { articles: pasted, urls: [], store: true });
    assert.equal(analysed.status, 200, await analysed.clone().text());
    const body = await analysed.json() as { stored: unknown; queued: number };
    assert.equal(body.stored, null, 'nothing stored by the server');
    assert.equal(body.queued, 2);
    const fed = await served.post('/api/feeds', { url: `${site.base}/feed.xml` });
    assert.equal(fed.status, 200, await fed.clone().text());
    assert.equal((await fed.json() as { queued: number }).queued, 1);
    let status = await queueStatus(served.db);
    assert.equal(status.queues.find((q) => q.queue === 'clean')!.queued, 2, 'two documents to clean');
    assert.equal(status.queues.find((q) => q.queue === 'poll')!.queued, 1, 'the new feed to poll');
    assert.equal((await served.db.query<{ n: number }>('select count(*)::integer as n from versions'))[0]!.n, 0);

    // two jobs fail for good: taken before the others (higher priority) and failed with an error
    const failed: string[] = [];
    for (const message of ['no document to clean', 'the page <b>could not</b> be read']) {
      const id = (await queue.boss.send(QUEUES.clean, { build: {} }, { retryLimit: 0, priority: 10 }))!;
      const [taken] = await queue.boss.fetch(QUEUES.clean, { batchSize: 1, priority: true });
      assert.equal(taken!.id, id);
      await queue.boss.fail(QUEUES.clean, id, { message });
      failed.push(id);
    }
    const jobs = await served.json<{ workers: boolean; failures: { id: string; queue: string; error: string }[]; queues: { queue: string }[] }>('/api/jobs');
    assert.equal(jobs.workers, true);
    assert.deepEqual(jobs.failures.map((f) => [f.id, f.queue, f.error]).sort(), [[failed[0], 'clean', 'no document to clean'], [failed[1], 'clean', 'the page <b>could not</b> be read']].sort());
    const page = await (await served.get('/watch')).text();
    assert.match(page, /<h2 id="jobs">Jobs<\/h2>/);
    assert.match(page, /the page &lt;b&gt;could not&lt;\/b&gt; be read/, 'the error, escaped');
    assert.match(page, new RegExp(`<form method="post" action="/watch/jobs/retry"><input type="hidden" name="job" value="${failed[0]}">`));

    // from another site: refused; from the API and from the page: run again
    const forged = await served.get(`/api/jobs/${failed[0]}/retry`, form('http://evil.example', ''));
    await assertApiError(forged, 403, 'forbidden');
    const forgedPage = await served.get('/watch/jobs/retry', form('http://evil.example', `job=${failed[1]}`));
    assert.equal(forgedPage.status, 403);
    assert.equal((await queueStatus(served.db)).failures.length, 2, 'nothing retried by a forged post');
    const retried = await served.post(`/api/jobs/${failed[0]}/retry`, {});
    assert.equal(retried.status, 200, await retried.clone().text());
    assert.deepEqual(await retried.json(), { job: failed[0] });
    const viaPage = await served.get('/watch/jobs/retry', form(served.server.url, `job=${failed[1]}`));
    assert.equal(viaPage.status, 303);
    assert.equal(viaPage.headers.get('location'), '/watch#jobs');
    status = await queueStatus(served.db);
    assert.deepEqual(status.failures, []);
    assert.equal(status.queues.find((q) => q.queue === 'clean')!.queued, 4, 'the two jobs wait for a worker again');
    await assertApiError(await served.post(`/api/jobs/${failed[0]}/retry`, {}), 404, 'not_found');
    await assertApiError(await served.post('/api/jobs/not-a-job/retry', {}), 400, 'bad_request');

    const doc = await served.json<{ paths: Record<string, unknown> }>('/openapi.json');
    assert.ok(doc.paths['/api/jobs'] ?? doc.paths['/jobs'], 'GET /jobs is in the OpenAPI document');
    assert.ok(doc.paths['/api/jobs/{job}/retry'] ?? doc.paths['/jobs/{job}/retry'], 'the retry is in the OpenAPI document');
  } finally {
    await served.close();
    await queue.stop();
  }

  // the same store served without workers: the jobs are shown, a retry is refused, a pasted article is stored here
  const plain = await serveStore({ db });
  try {
    assert.equal((await plain.json<{ workers: boolean }>('/api/jobs')).workers, false);
    await assertApiError(await plain.post('/api/jobs/0b9e7b6e-8d2c-4c47-9a1e-2f0c3b5e4d21/retry', {}), 409, 'no_workers');
    const stored = await plain.post('/api/analyze', { articles: pasted.slice(0, 1), urls: [], store: true });
    assert.equal((await stored.json() as { stored: { kind: string }[] }).stored[0]!.kind, 'stored');
  } finally {
    await plain.close();
    await site.close();
  }
});

test('watch --workers queues each feed as a poll job; a worker polls it, stores its pages, records the poll, and finds a changed page as a new version', { timeout: 600_000 }, async () => {
  const db = await server.createDatabase();
  const site = await startFeedSite();
  site.pages.set('/strike', { title: 'Dockers strike over pay at the northern port', paragraphs: ['Dock workers at the northern port walked out on Monday over pay, the union said.', 'Ships were left waiting offshore as talks stalled.'] });
  site.pages.set('/strike-talks', { title: 'Port strike talks stall as ships wait offshore', paragraphs: ['Talks to end the dock workers\' strike at the northern port stalled on Monday, the union said.', 'Ships were left waiting offshore.'] });
  site.listed.push('/strike', '/strike-talks');
  const worker = startWorker(root, db, ['--debounce', '0s']);
  try {
    const queued = await runCli('watch', '--workers', '--once', '--json', '--allow-private', '--db', db, `${site.base}/feed.xml`);
    assert.equal(queued.code, 0, queued.stderr);
    assert.equal((JSON.parse(queued.stdout.trim().split('\n').at(-1)!) as { event: string }).event, 'queued');
    assert.ok(await settled(db, 300_000), 'the worker did not finish the queue');
    let pile = await storedPile({ db });
    assert.deepEqual([...pile.articles.keys()].sort(), [`${site.base}/strike`, `${site.base}/strike-talks`]);
    assert.ok(site.requests.some((r) => r.path === '/feed.xml' && r.status === 200), 'the worker fetched the feed');
    const store = await openStore({ db });
    try {
      const [feed] = await listFeeds(store);
      assert.equal(feed!.lastStatus, '200');
      assert.equal(feed!.items, 2);
      assert.ok(feed!.lastPoll !== null);
      assert.equal((await queueStatus(store)).queues.find((q) => q.queue === 'poll')!.doneLast10m, 1);
    } finally {
      await store.close();
    }

    // the page's headline is edited: the next poll job finds it and stores it as a second version, with its edits
    site.pages.set('/strike', { title: 'Dockers strike over pay at the northern port; ships diverted', paragraphs: ['Dock workers at the northern port walked out on Monday over pay, the union said.', 'Ships were diverted to other ports as talks stalled.'] });
    const again = await runCli('watch', '--workers', '--once', '--allow-private', '--db', db);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Queued 1 feed to poll for the workers/);
    assert.ok(await settled(db, 300_000), 'the worker did not finish the second poll');
    pile = await storedPile({ db });
    assert.deepEqual(pile.articles.get(`${site.base}/strike`), { versions: 2, members: 2 });
    assert.deepEqual(pile.articles.get(`${site.base}/strike-talks`), { versions: 1, members: 1 });
    assert.deepEqual(worker.failed, []);
  } finally {
    worker.child.kill('SIGTERM');
    await worker.exited;
    await site.close();
  }
});
