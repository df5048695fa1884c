import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from '../ingest/_test-server.ts';
import { fetchIfChanged, type FetchOptions } from '../ingest/fetch-url.ts';
import type { FeedItem } from '../store/feed-items.ts';
import { BACKOFF_CAP_SECONDS, nextDelay } from './backoff.ts';
import { pagesToFetch } from './pages-to-fetch.ts';
import { formatInterval, parseInterval } from './parse-interval.ts';
import { readOpml } from './read-opml.ts';
import { robotsRules } from './robots-rules.ts';

const fetchOptions: FetchOptions = { allowPrivate: true, timeoutMs: 3000, maxBytes: 100_000, maxRedirects: 3 };

test('intervals are read as users write them, and written back shortest', () => {
  assert.equal(parseInterval('15m'), 900);
  assert.equal(parseInterval('90s'), 90);
  assert.equal(parseInterval('1h30m'), 5400);
  assert.equal(parseInterval('2d'), 172_800);
  assert.equal(parseInterval('10'), 600);
  for (const bad of ['', 'soon', '0s', '-5m', '15 minutes', '400d']) assert.equal(parseInterval(bad), null, bad);
  assert.equal(formatInterval(5400), '1h30m');
  assert.equal(formatInterval(45), '45s');
});

test('errors back off: the interval doubled for each error in a row, capped at six hours or the interval', () => {
  assert.equal(nextDelay(900, 0), 900);
  assert.equal(nextDelay(900, 1), 1800);
  assert.equal(nextDelay(900, 3), 7200);
  assert.equal(nextDelay(900, 10), BACKOFF_CAP_SECONDS);
  assert.equal(nextDelay(900, 1000), BACKOFF_CAP_SECONDS);
  assert.equal(nextDelay(86_400, 2), 86_400);
});

test('an OPML list gives its feeds in order, once each, from nested folders, entities read and never expanded beyond XML\'s five', () => {
  const text = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY boom "boomboom">]><opml version="2.0"><head/><body>
    <outline text="News"><outline type="rss" xmlUrl="https://a.example/feed?x=1&amp;y=2"/><outline xmlUrl='https://b.example/rss'/></outline>
    <outline text="folder only"/><outline xmlUrl="https://a.example/feed?x=1&amp;y=2"/><outline xmlUrl="&boom;"/></body></opml>`;
  assert.deepEqual(readOpml(text)?.feeds, ['https://a.example/feed?x=1&y=2', 'https://b.example/rss', '&boom;']);
  assert.equal(readOpml('<rss version="2.0"><channel/></rss>'), null);
});

test('pages to fetch: new items, items whose entry changed, and listed items due a revisit', () => {
  const item = (url: string, entryHash: string, fetchedAt: string | null): FeedItem => ({ url, entryHash, etag: '"e"', lastModified: null, fetchedAt, listed: true });
  const known = new Map([
    ['https://x.example/a', item('https://x.example/a', 'h1', '2026-11-02T10:00:00Z')],
    ['https://x.example/b', item('https://x.example/b', 'h2', '2026-11-02T10:00:00Z')],
    ['https://x.example/c', item('https://x.example/c', 'h3', '2026-11-02T11:30:00Z')],
  ]);
  const entries = [{ url: 'https://x.example/a', entryHash: 'h1' }, { url: 'https://x.example/b', entryHash: 'changed' }, { url: 'https://x.example/c', entryHash: 'h3' }, { url: 'https://x.example/d', entryHash: 'h4' }];
  const now = Date.parse('2026-11-02T12:00:00Z');
  assert.deepEqual(pagesToFetch(entries, known, now, null).map((p) => [p.url.slice(-1), p.why, p.etag]), [['b', 'changed', '"e"'], ['d', 'new', null]]);
  assert.deepEqual(pagesToFetch(entries, known, now, 3600_000).map((p) => [p.url.slice(-1), p.why]), [['a', 'revisit'], ['b', 'changed'], ['d', 'new']]);
});

test('robots.txt: rules for wiretrace or *, a missing one allows all, an unreadable one disallows the site', async () => {
  let robots = 'User-agent: *\nDisallow: /private/\n\nUser-agent: wiretrace\nDisallow: /nowire/\nCrawl-delay: 2\n';
  let status = 200;
  let asked = 0;
  const server = await startTestServer({ '/robots.txt': (_req, res) => { asked++; res.writeHead(status, { 'content-type': 'text/plain' }).end(robots); } });
  try {
    let now = 0;
    const check = robotsRules(fetchOptions, () => now);
    assert.deepEqual(await check(`${server.base}/news/a`), { allowed: true, waitMs: 0 });
    // wiretrace's own group replaces the * group; its Crawl-delay spaces the fetches: each allowed page takes the next slot
    assert.deepEqual(await check(`${server.base}/private/a`), { allowed: true, waitMs: 2000 });
    now += 500;
    assert.deepEqual(await check(`${server.base}/news/b`), { allowed: true, waitMs: 3500 });
    assert.equal((await check(`${server.base}/nowire/a`)).allowed, false);
    assert.equal(asked, 1, 'read once a day per site');
    status = 404;
    now += 25 * 3600_000;
    assert.deepEqual(await check(`${server.base}/nowire/a`), { allowed: true, waitMs: 0 });
    status = 503;
    robots = 'down';
    now += 25 * 3600_000;
    const verdict = await check(`${server.base}/news/a`);
    assert.equal(verdict.allowed, false);
    assert.match(verdict.allowed ? '' : verdict.reason, /could not be read \(HTTP 503/);
  } finally {
    await server.close();
  }
});

test('a conditional GET sends the validators and reads a 304 as not modified', async () => {
  const seen: (string | undefined)[] = [];
  const server = await startTestServer({
    '/feed': (req, res) => {
      seen.push(req.headers['if-none-match'] ?? req.headers['if-modified-since']);
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 02 Nov 2026 09:00:00 GMT', 'content-type': 'text/plain' }).end('hello');
    },
  });
  try {
    const first = await fetchIfChanged(`${server.base}/feed`, {}, fetchOptions);
    assert.ok(!('notModified' in first));
    assert.equal(first.etag, '"v1"');
    assert.equal(first.lastModified, 'Mon, 02 Nov 2026 09:00:00 GMT');
    assert.deepEqual(await fetchIfChanged(`${server.base}/feed`, { etag: first.etag }, fetchOptions), { notModified: true, url: `${server.base}/feed` });
    assert.deepEqual(seen, [undefined, '"v1"']);
  } finally {
    await server.close();
  }
});
