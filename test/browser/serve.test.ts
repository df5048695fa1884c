import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runCli } from '../../src/store/_backends.ts';
import { serveStore, type ServedStore } from '../../src/serve/_serve-for-test.ts';
import { chromiumSkip, launchChromium } from './open-in-chromium.ts';
import { startFeedSite, type FeedSite } from '../../src/watch/_feed-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test-results/serve');

describe('wiretrace serve in Chromium', { skip: chromiumSkip }, () => {
  let served: ServedStore;
  let browser: Browser;
  let context: BrowserContext;
  let data: string;
  const outside: string[] = [];
  const problems: string[] = [];

  before(async () => {
    data = await mkdtemp(join(tmpdir(), 'wiretrace-browser-serve-'));
    const added = await runCli('add', '--no-embeddings', '--data', data, join(root, 'examples/harbor-bridge'), join(root, 'fixtures/hostile'));
    assert.equal(added.code, 0, added.stderr);
    // the server may fetch the test's own feed on 127.0.0.1, as `--allow-private` allows
    served = await serveStore({ data }, { urls: { allowPrivate: true } });
    await mkdir(shots, { recursive: true });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // nothing but the server is asked for anything; any other request is recorded and refused
    await context.route((target) => target.origin !== served.server.url, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
  });
  after(async () => {
    await browser?.close();
    await served?.close();
    await rm(data, { recursive: true, force: true });
  });

  const watch = (page: Page): Page => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    return page;
  };

  it('the stories page lists the stories, and searching narrows them', async () => {
    const page = watch(await context.newPage());
    await page.goto(`${served.server.url}/`);
    assert.deepEqual(await page.locator('.stories .title').count(), 2);
    await page.screenshot({ path: join(shots, 'stories.png'), fullPage: true });
    await page.fill('input[name=q]', 'desalination');
    await page.click('button[type=submit]');
    await page.waitForURL(/q=desalination/);
    const titles = await page.locator('.stories .title').allTextContents();
    assert.equal(titles.length, 1);
    assert.match(titles[0]!, /Orvane|Water board|Desalination/i);
    await page.close();
  });

  it('a story page shows its timeline chart, copying table, claims and the full report, built in its sandboxed frame', async () => {
    const page = watch(await context.newPage());
    await page.goto(`${served.server.url}/?q=harbor`);
    await page.click('.stories .title');
    await page.waitForURL(/\/stories\//);
    assert.match(await page.locator('h1').textContent() ?? '', /harbor bridge/i);
    const chart = page.locator('#timeline ~ img.chart').first();
    await chart.waitFor();
    assert.ok(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the timeline chart loaded');
    assert.equal(await page.locator('#timeline ~ table').first().locator('tbody tr').count(), 6);
    assert.ok(await page.locator('#claims ~ ol li').count() > 5);
    const frame = page.frameLocator('iframe.report');
    await frame.locator('html[data-ready="true"]').waitFor({ timeout: 30_000 });
    assert.ok(await frame.locator('#matrix-section').count() === 1, 'the report drew its claim matrix');
    await page.screenshot({ path: join(shots, 'story.png'), fullPage: true });
    // a full-page shot leaves frames unpainted: the report as a reader scrolls to it
    await page.locator('iframe.report').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'story-report.png') });
    // a claim's permalink, opened cold
    const href = await page.locator('#claims ~ ol li a').first().getAttribute('href');
    const cold = watch(await context.newPage());
    await cold.goto(`${served.server.url}${href}`);
    assert.ok(await cold.locator('blockquote').count() >= 2);
    await cold.screenshot({ path: join(shots, 'claim.png'), fullPage: true });
    await cold.close();
    await page.close();
  });

  it('the paste page analyses pasted versions into the report, and stores nothing', async () => {
    const page = watch(await context.newPage());
    await page.goto(`${served.server.url}/analyze`);
    const wire = await readFile(join(root, 'examples/harbor-bridge/01-wire.txt'), 'utf8');
    const daily = await readFile(join(root, 'examples/harbor-bridge/02-coastline-daily.txt'), 'utf8');
    await page.fill('#texts', `Outlet: Reuters\n\n${wire}\n---\nOutlet: Coastline Daily\n\n${daily}`);
    await page.click('button[type=submit]');
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    assert.match(await page.locator('h1').first().textContent() ?? '', /harbor bridge/i);
    assert.ok(await page.locator('#matrix-section').count() === 1);
    await page.screenshot({ path: join(shots, 'pasted-report.png') });
    await page.goto(`${served.server.url}/`);
    assert.equal(await page.locator('.stories .title').count(), 2, 'nothing was stored');
    await page.close();
  });

  it('adding a feed: the Watch page checks it, lists it with its state and next run, and removes it', async () => {
    const site: FeedSite = await startFeedSite();
    try {
      site.pages.set('/bridge', { title: 'Harbor bridge reopens to traffic', paragraphs: ['The harbor bridge reopened on Tuesday.'] });
      site.listed.push('/bridge');
      const page = watch(await context.newPage());
      await page.goto(`${served.server.url}/`);
      await page.click('nav a[href="/watch"]');
      await page.waitForURL(/\/watch$/);
      assert.equal(await page.locator('#no-feeds').count(), 1);
      // not a feed: refused (a 422 page, which Chromium logs as a failed load), saying why, what was typed kept
      const logged = problems.length;
      await page.fill('input[name=url]', `${site.base}/bridge`);
      await page.click('form[action="/watch"] button[type=submit]');
      assert.match(await page.locator('.error').textContent() ?? '', /Not an RSS or Atom feed/);
      assert.deepEqual(problems.splice(logged), ['console: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)']);
      assert.equal(await page.inputValue('input[name=url]'), `${site.base}/bridge`);
      await page.fill('input[name=url]', `${site.base}/feed.xml`);
      await page.fill('input[name=interval]', '30m');
      await page.click('form[action="/watch"] button[type=submit]');
      await page.waitForURL(/\/watch$/);
      const row = page.locator('table.feeds tbody tr');
      assert.equal(await row.count(), 1);
      const cells = await row.locator('td').allTextContents();
      assert.deepEqual(cells.slice(0, 4), [`${site.base}/feed.xml`, '30m', 'never', 'not polled yet']);
      assert.match(cells[4]!, /\d{4} \d{2}:\d{2}/, 'its next run');
      await page.screenshot({ path: join(shots, 'watch.png'), fullPage: true });
      await row.locator('button', { hasText: 'Remove' }).click();
      await page.waitForURL(/\/watch$/);
      assert.equal(await page.locator('#no-feeds').count(), 1);
      await page.close();
    } finally {
      await site.close();
    }
  });

  it('a story page follows its story: an article stored while it is open appears in it', async () => {
    const page = watch(await context.newPage());
    await page.goto(`${served.server.url}/?q=harbor`);
    await page.click('.stories .title');
    await page.waitForURL(/\/stories\//);
    const rows = page.locator('#timeline ~ table').first().locator('tbody tr');
    const before = await rows.count();
    const tag = await page.locator('#live').getAttribute('data-etag');
    // another outlet's version of the story, stored through the API while the page is open
    const daily = await readFile(join(root, 'examples/harbor-bridge/02-coastline-daily.txt'), 'utf8');
    const text = daily.replace(/\bbridge\b/, 'bridge, the longest in the region,');
    const stored = await served.post('/api/analyze', { articles: [{ text, outlet: 'Bayside Herald', url: 'https://bayside.example/harbor-bridge' }], store: true });
    assert.equal(stored.status, 200, await stored.clone().text());
    await page.locator('#timeline ~ table').first().locator('td', { hasText: 'Bayside Herald' }).waitFor({ timeout: 30_000 });
    assert.equal(await rows.count(), before + 1);
    assert.match(await page.locator('#live').textContent() ?? '', /^Updated .*: \d+ versions of \d+ articles\.$/);
    assert.notEqual(await page.locator('#live').getAttribute('data-etag'), tag);
    await page.screenshot({ path: join(shots, 'story-live.png'), fullPage: true });
    await page.close();
  });

  it('an outlet page draws its charts; the hostile story runs nothing and loads nothing from outside', async () => {
    const page = watch(await context.newPage());
    await page.goto(`${served.server.url}/outlets/Coastline%20Daily`);
    const charts = page.locator('img.chart');
    assert.equal(await charts.count(), 2);
    for (const img of await charts.all()) assert.ok(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0));
    await page.screenshot({ path: join(shots, 'outlet.png'), fullPage: true });
    await page.goto(`${served.server.url}/?q=orvane`);
    await page.click('.stories .title');
    await page.frameLocator('iframe.report').locator('html[data-ready="true"]').waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.screenshot({ path: join(shots, 'hostile-story.png'), fullPage: true });
    await page.close();
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
  });
});
