import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Report } from '../../src/model/index.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { buildArticles } from '../../src/pipeline/build-articles.ts';
import { analyzeArticles } from '../../src/pipeline/analyze.ts';
import { formatHtml } from '../../src/report/format-html.ts';
import { hostileReport, PAYLOADS } from '../../src/report/html/_report-for-test.ts';
import { chromiumSkip, launchChromium, openHtml } from './open-in-chromium.ts';

const hostileDir = fileURLToPath(new URL('../../fixtures/hostile', import.meta.url));

async function analyzeHostileBundle(): Promise<Report> {
  const { documents } = await ingest([hostileDir]);
  const { articles } = buildArticles(documents);
  assert.ok(articles.length >= 5, `the hostile bundle is read (${articles.length} articles)`);
  return analyzeArticles(articles, { embedBudget: 0 });
}

// Elements and attributes that could only come from article markup: the report makes none of them.
async function foreignMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('img, svg, math, iframe, frame, object, embed, video, audio, source, link, base, form, meta[http-equiv="refresh"]'))) {
      found.push(`<${el.tagName.toLowerCase()}>`);
    }
    const scripts = document.querySelectorAll('script');
    if (scripts.length !== 2) found.push(`${scripts.length} script elements`);
    if (document.querySelectorAll('style').length !== 1) found.push('extra style element');
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || attr.name === 'style') found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      }
    }
    for (const a of Array.from(document.querySelectorAll('a[href]'))) {
      const href = a.getAttribute('href') ?? '';
      if (!href.startsWith('#') && !/^https?:\/\//i.test(href)) found.push(`a[href=${href}]`);
      if (/^https?:/i.test(href) && a.getAttribute('rel') !== 'noopener noreferrer') found.push(`a[href=${href}] without rel`);
    }
    return found;
  });
}

// Open every view the report offers, so every piece of article text is rendered at least once.
async function openEverything(page: Page): Promise<void> {
  for (const details of await page.locator('details').all()) await details.evaluate((d) => { (d as HTMLDetailsElement).open = true; });
  for (const more of await page.locator('button.more').all()) await more.click();
  const findings = await page.locator('#overview button.finding').count();
  for (let f = 0; f < findings; f++) {
    await page.locator('#overview button.finding').nth(f).click();
    await page.locator('#view').waitFor({ state: 'visible' });
    assert.deepEqual(await foreignMarkup(page), [], `claim view from finding ${f}`);
    await page.keyboard.press('Escape');
  }
  for (const chip of await page.locator('#overview button.kind-chip').all()) {
    await chip.click();
    await chip.click();
  }
  const rows = await page.locator('#matrix tbody tr').count();
  for (let r = 0; r < rows; r++) {
    await page.locator('#matrix tbody tr').nth(r).click();
    await page.locator('#view').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
  }
  const outlets = await page.locator('.outlets [data-open-outlet]').count();
  for (let o = 0; o < outlets; o++) {
    await page.locator('.outlets [data-open-outlet]').nth(o).click();
    await page.locator('#view').waitFor({ state: 'visible' });
    await page.locator('#view details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    assert.deepEqual(await foreignMarkup(page), [], `outlet view ${o}`);
    await page.keyboard.press('Escape');
  }
}

describe('hostile articles in the HTML report, opened in Chromium', { skip: chromiumSkip }, () => {
  let browser: Browser;
  before(async () => { browser = await launchChromium(); });
  after(async () => { await browser?.close(); });

  const cases: { name: string; report: () => Promise<Report> | Report }[] = [
    { name: 'the hostile bundle (fixtures/hostile)', report: analyzeHostileBundle },
    { name: 'a report with payloads in every field', report: hostileReport },
  ];
  for (const c of cases) {
    it(`${c.name}: no dialog, no script, no request, no foreign element`, async () => {
      const report = await c.report();
      const opened = await openHtml(browser, formatHtml(report));
      try {
        const { page, events } = opened;
        await page.waitForSelector('html[data-ready="true"]');
        assert.deepEqual(await foreignMarkup(page), []);
        await openEverything(page);
        await page.waitForTimeout(100);
        assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'no payload ran');
        assert.equal(page.frames().length, 1, 'no frame was created');
        assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
      } finally {
        await opened.close();
      }
    });
  }

  it('shows payloads as text: an outlet\'s view carries them literally', async () => {
    const report = hostileReport();
    const opened = await openHtml(browser, formatHtml(report));
    try {
      const { page } = opened;
      await page.waitForSelector('html[data-ready="true"]');
      assert.ok((await page.locator('h1').textContent())!.includes(PAYLOADS.scriptClose), 'the title is shown as text');
      assert.ok((await page.locator('#overview button.finding').first().textContent())!.includes(PAYLOADS.scriptClose), 'a divergence message on the first screen is text');
      assert.ok((await page.locator('.outlets td.where').allTextContents()).some((t) => t.includes('javascript:alert')), 'a javascript: URL is shown as text');
      const index = await page.locator('.outlets [data-open-outlet]').evaluateAll((els) => els.findIndex((el) => /Outlet 0/.test(el.textContent ?? '')));
      await page.locator('.outlets [data-open-outlet]').nth(index).click();
      const text = await page.locator('#view .article-text').textContent();
      assert.ok(text!.includes(PAYLOADS.scriptClose));
      assert.ok(text!.includes(PAYLOADS.lineSeparators));
      assert.deepEqual(opened.events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
    } finally {
      await opened.close();
    }
  });

  it('with scripts off, the static summary is escaped text too', async () => {
    const report = await analyzeHostileBundle();
    const opened = await openHtml(browser, formatHtml(report), { javaScriptEnabled: false });
    try {
      const { page, events } = opened;
      assert.ok(await page.locator('main h1').count() === 1, 'the no-script summary is shown');
      assert.deepEqual((await foreignMarkup(page)).filter((f) => !/script elements/.test(f)), []);
      assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
    } finally {
      await opened.close();
    }
  });
});
