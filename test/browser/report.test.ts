import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Report } from '../../src/model/index.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { buildArticles } from '../../src/pipeline/build-articles.ts';
import { analyzeArticles } from '../../src/pipeline/analyze.ts';
import { formatHtml } from '../../src/report/format-html.ts';
import { reportView } from '../../src/report/report-view.ts';
import { chromiumSkip, launchChromium, openHtml, type OpenedHtml } from './open-in-chromium.ts';
import { contrastFailures } from './contrast-failures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${root}test-results/html-report`;
const bundles = [
  { name: 'harbor-bridge', dir: `${root}examples/harbor-bridge` },
  { name: 'seeds', dir: fileURLToPath(new URL('../../../shared/seeds', import.meta.url)) },
];

async function analyze(dir: string): Promise<Report> {
  const { documents, problems } = await ingest([dir]);
  const built = buildArticles(documents);
  const all = [...problems, ...built.problems];
  assert.deepEqual(all.map((p) => `${p.input}: ${p.reason}`), [], `every input of ${dir} is read`);
  return analyzeArticles(built.articles, { embedBudget: 0 });
}

describe('the HTML report in Chromium', { skip: chromiumSkip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  });
  after(async () => { await browser?.close(); });

  for (const bundle of bundles) {
    it(`shows ${bundle.name}: matrix, a claim's wordings side by side, an outlet's text; Escape closes`, { skip: existsSync(bundle.dir) ? false : `${bundle.dir} is missing` }, async () => {
      const report = await analyze(bundle.dir);
      const view = reportView(report);
      const opened = await openHtml(browser, formatHtml(report), { viewport: { width: 1400, height: 1000 } });
      try {
        await checkReport(opened, report, view, bundle.name);
      } finally {
        await opened.close();
      }
    });
  }
});

async function checkReport(opened: OpenedHtml, report: Report, view: ReturnType<typeof reportView>, name: string): Promise<void> {
  const { page, events } = opened;
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.locator('h1').textContent(), view.title ?? 'Untitled story');
  await page.screenshot({ path: `${shots}/${name}-overview.png` });
  assert.deepEqual(await contrastFailures(page, 'body'), [], 'every text meets WCAG AA contrast');

  // One column per outlet, in publication order; one row per claim and per outlet-only passage.
  const columns = await page.locator('#matrix thead th.outlet').allTextContents();
  assert.deepEqual(columns, view.outlets.map((o) => o.label));
  assert.equal(await page.locator('#matrix tbody tr[data-row-kind="claim"]').count(), report.claims.length);
  assert.equal(await page.locator('#matrix tbody tr[data-row-kind="unique"]').count(), report.unique.length);
  const firstRowCells = await page.locator('#matrix tbody tr[data-row-kind="claim"]').first().locator('td[data-state]').count();
  assert.equal(firstRowCells, view.outlets.length);

  // Open the most widely carried claim that has a divergence, from the keyboard.
  const rows = view.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'claim');
  const pick = [...rows].sort((a, b) => Number(b.r.worst !== null) - Number(a.r.worst !== null) || b.r.carriers - a.r.carriers)[0]!;
  const row = page.locator(`#matrix tbody tr[data-row="${pick.i}"]`);
  await row.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#view');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await page.locator('#view').getAttribute('data-view'), 'claim');
  const claim = pick.r.claim!;
  const wordings = await page.locator('#view .wording').evaluateAll((els) => els.map((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('del, sup.tag').forEach((d) => d.remove());
    return copy.textContent;
  }));
  const byOutlet = view.outlets.map((o) => claim.support.find((s) => s.article === o.article.id)?.text).filter((t): t is string => t !== undefined);
  assert.deepEqual(wordings, byOutlet, 'every carrying outlet\'s wording (less the kind tags), in publication order');
  if (pick.r.worst) {
    const messages = await page.locator('#view .wordings li').allTextContents();
    for (const d of pick.r.cells.flatMap((c) => c.divergences)) assert.ok(messages.some((m) => m.includes(d.message)), d.message);
    // Every divergence inside its outlet's wording is boxed in place, whether the wording is diffed or reworded.
    const boxed = (await page.locator('#view .wording mark.m-div').allTextContents()).join('');
    for (const c of pick.r.cells) {
      for (const d of c.divergences) {
        if (c.span && d.start >= c.span.start && d.end <= c.span.end) assert.ok(boxed.includes(d.text), `"${d.text}" is boxed in its wording`);
      }
    }
  }
  await page.screenshot({ path: `${shots}/${name}-claim.png` });
  assert.deepEqual(await contrastFailures(page, '#view'), [], 'the claim view meets WCAG AA contrast');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-row')), String(pick.i), 'focus returns to the row');

  // Open the outlet with the most divergences: its whole text, with every divergence highlighted in place.
  const outletIndex = view.outlets.map((o, i) => ({ i, n: report.divergences.filter((d) => d.article === o.article.id).length }))
    .sort((a, b) => b.n - a.n)[0]!;
  const outlet = view.outlets[outletIndex.i]!;
  await page.locator(`.outlets [data-open-outlet="${outletIndex.i}"]`).click();
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await page.locator('#view-title').textContent(), outlet.label);
  const shown = await page.locator('#view .article-text').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('sup.tag').forEach((t) => t.remove());
    return copy.textContent;
  });
  assert.equal(shown, outlet.article.text, 'the whole clean text, besides the kind tags');
  const marked = await page.locator('#view .article-text .m-div').allTextContents();
  for (const d of report.divergences.filter((x) => x.article === outlet.article.id)) {
    assert.ok(marked.join('').includes(d.text), `divergence "${d.text}" is highlighted`);
  }
  const claimMarks = await page.locator('#view .article-text .m-claim').count();
  assert.ok(claimMarks >= (outletIndex.n > 0 ? 1 : 0));
  assert.equal(await page.locator('#view details.removed li').count(), outlet.article.removed.length);
  await page.screenshot({ path: `${shots}/${name}-outlet.png` });
  assert.deepEqual(await contrastFailures(page, '#view'), [], 'the outlet view meets WCAG AA contrast');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // Filter by severity and sort by carriers.
  await page.selectOption('#filter-severity', '3');
  const visibleHigh = await page.locator('#matrix tbody tr:not(.hidden)').count();
  assert.equal(visibleHigh, view.rows.filter((r) => r.worst === 'high').length);
  await page.selectOption('#filter-severity', '0');
  await page.selectOption('#sort', 'carriers');
  const firstCarriers = await page.locator('#matrix tbody tr:not(.hidden)').first().locator('td.num').nth(1).textContent();
  assert.equal(Number(firstCarriers), Math.max(...view.rows.map((r) => r.carriers)));

  // Print: no controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.controls').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
}
