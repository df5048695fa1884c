import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { formatHtml } from '../../src/report/format-html.ts';
import { bigStoryReport } from '../../src/report/html/_big-report-for-test.ts';
import { chromiumSkip, launchChromium, openHtml, type OpenedHtml } from './open-in-chromium.ts';
import { contrastFailures } from './contrast-failures.ts';

// 450 versions: 12 claims and 225 outlet-only passages (237 rows), so rows, outlet columns, the outlets
// table, the copying list and each claim's wordings all run past a page.
const VERSIONS = 450;
const report = bigStoryReport(VERSIONS);
const ROWS = report.claims.length + report.unique.length;
// The page sizes the report draws: rows and outlet columns of the matrix, rows of the outlets table.
const MATRIX_ROWS = 100;
const MATRIX_OUTLETS = 60;
const OUTLET_ROWS = 100;
const outletName = (i: number): string => `Outlet ${String(i + 1).padStart(5, '0')}`;

const count = (page: Page, selector: string): Promise<number> => page.locator(selector).count();
const rowNumbers = (page: Page): Promise<number[]> =>
  page.locator('#matrix tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));

describe(`the HTML report of a story of ${VERSIONS} versions in Chromium`, { skip: chromiumSkip }, () => {
  let browser: Browser;
  let opened: OpenedHtml;
  let page: Page;
  before(async () => {
    browser = await launchChromium();
    opened = await openHtml(browser, formatHtml(report), { viewport: { width: 1400, height: 1000 } });
    page = opened.page;
    await page.waitForSelector('html[data-ready="true"]');
  });
  after(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('reads its data from a gzip block in base64, inflated in the page', async () => {
    assert.equal(await page.locator('#wiretrace-data').getAttribute('data-encoding'), 'gzip-base64');
    assert.equal(await page.locator('h1').textContent(), report.articles[0]!.title);
    assert.equal(await count(page, '.load-failed'), 0);
  });

  it(`shows the matrix a page at a time: ${MATRIX_ROWS} rows and ${MATRIX_OUTLETS} outlets, the rest reached by the pagers`, async () => {
    assert.equal(await count(page, '#matrix tbody tr'), MATRIX_ROWS);
    assert.deepEqual(await rowNumbers(page), [...Array(MATRIX_ROWS).keys()]);
    assert.equal(await count(page, '#matrix thead th.outlet'), MATRIX_OUTLETS);
    assert.equal(await count(page, '#matrix tbody tr:first-child td[data-state]'), MATRIX_OUTLETS);
    assert.match((await page.locator('#matrix-section .pager-status').first().textContent())!, new RegExp(`Rows 1–${MATRIX_ROWS} of ${ROWS}`));
    assert.match((await page.locator('#matrix-section').textContent())!, new RegExp(`Showing ${ROWS} of ${ROWS}`), 'the status counts every row');

    // The last page of rows ends with the last row; the last page of outlets with the last version.
    const rowPager = page.locator('#matrix-section nav.pager').first();
    await rowPager.locator('button.pager-last').click();
    const last = await rowNumbers(page);
    assert.equal(last.length, ROWS - Math.floor((ROWS - 1) / MATRIX_ROWS) * MATRIX_ROWS);
    assert.equal(last[last.length - 1], ROWS - 1);
    assert.equal(await rowPager.locator('button.pager-next').isDisabled(), true);
    const colPager = page.locator('#matrix-section nav.col-pager');
    await colPager.locator('button.pager-last').click();
    const columns = await page.locator('#matrix thead th.outlet').allTextContents();
    assert.equal(columns.length, VERSIONS - Math.floor((VERSIONS - 1) / MATRIX_OUTLETS) * MATRIX_OUTLETS);
    assert.equal(columns[columns.length - 1], outletName(VERSIONS - 1));
    // the last row is the last version's own passage, and its own cell is in view
    assert.equal(await page.locator(`#matrix tbody tr[data-row="${ROWS - 1}"] td[data-outlet="${VERSIONS - 2}"]`).getAttribute('data-state'), 'only');
    // a page number goes straight to its page
    await rowPager.locator('input.pager-page').fill('2');
    await rowPager.locator('input.pager-page').dispatchEvent('change');
    assert.deepEqual(await rowNumbers(page), [...Array(MATRIX_ROWS).keys()].map((i) => i + MATRIX_ROWS));
    await rowPager.locator('button.pager-first').click();
    await colPager.locator('button.pager-first').click();
    assert.equal(await page.locator('#matrix thead th.outlet').first().textContent(), outletName(0));
  });

  it('sorts, filters and searches over every row and every outlet, not the page in view', async () => {
    // A passage of a late version, found by its outlet's name and by its words.
    const late = VERSIONS - 12; // an even version: it has a passage of its own
    await page.fill('#matrix-search', outletName(late));
    let rows = await rowNumbers(page);
    assert.equal(rows.length, 1);
    assert.match((await page.locator('#matrix tbody tr th.claim-text').textContent())!, new RegExp(`only ${outletName(late)}: .*copy ${late},`));
    await page.fill('#matrix-search', `copy ${late},`);
    assert.deepEqual(await rowNumbers(page), rows);
    await page.fill('#matrix-search', '');
    assert.equal(await count(page, '#matrix tbody tr'), MATRIX_ROWS);

    // Sorted by seriousness, the rows with a high-severity change come first, from wherever they were.
    await page.selectOption('#sort', 'severity');
    rows = await rowNumbers(page);
    assert.equal(rows[0], 0, 'the claim with a high-severity change');
    assert.equal(rows[1], 3, 'then the one with a medium-severity change');
    await page.selectOption('#sort', 'order');
    await page.selectOption('#filter-kind', 'number');
    assert.deepEqual(await rowNumbers(page), [0, 3]);
    await page.selectOption('#filter-kind', '');

    // An outlet on a later page of columns, found by name: its column alone.
    await page.fill('#matrix-outlet-search', outletName(VERSIONS - 20));
    assert.deepEqual(await page.locator('#matrix thead th.outlet').allTextContents(), [outletName(VERSIONS - 20)]);
    assert.equal(await count(page, '#matrix tbody tr:first-child td[data-state]'), 1);
    await page.fill('#matrix-outlet-search', '');
    assert.equal(await count(page, '#matrix thead th.outlet'), MATRIX_OUTLETS);

    // The outlets table: a page, the last version on the last page, a late version found by name and opened.
    assert.equal(await count(page, '.outlets tbody tr'), OUTLET_ROWS);
    const outletsPager = page.locator('#outlets-section nav.pager');
    await outletsPager.locator('button.pager-last').click();
    assert.equal(await page.locator('.outlets tbody tr:last-child th').textContent(), outletName(VERSIONS - 1));
    await page.fill('#outlets-search', outletName(VERSIONS - 30));
    assert.equal(await count(page, '.outlets tbody tr'), 1);
    await page.locator('.outlets tbody tr button.link').click();
    await page.locator('#view').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#view-title').textContent(), outletName(VERSIONS - 30));
    const shown = await page.locator('#view .article-text').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup.tag').forEach((t) => t.remove());
      return copy.textContent;
    });
    assert.equal(shown, report.articles[VERSIONS - 30]!.text, 'its whole text');
    assert.ok(await count(page, '#view .article-text .m-claim') >= 10, 'its claims are highlighted in place');
    await page.keyboard.press('Escape');
    await page.fill('#outlets-search', '');
  });

  it('shows a claim\'s wordings a page at a time, with a search and the changed ones alone', async () => {
    await page.locator('#matrix tbody tr[data-row="0"]').click();
    await page.locator('#view').waitFor({ state: 'visible' });
    const carriers = report.claims[0]!.articles.length;
    assert.equal(await count(page, '#view [data-wording-outlet]'), 100);
    assert.match((await page.locator('#view .pager-status').textContent())!, new RegExp(`Wordings 1–100 of ${carriers}`));
    await page.locator('#view button.pager-last').click();
    assert.equal(await count(page, '#view [data-wording-outlet]'), carriers - Math.floor((carriers - 1) / 100) * 100);
    await page.check('#wordings-changed');
    const changed = report.divergences.filter((d) => d.claim === 'c0').length;
    assert.equal(await count(page, '#view [data-wording-outlet]'), changed);
    assert.equal(await count(page, '#view .wording mark.m-div'), changed, 'each changed wording has its change boxed');
    await page.keyboard.press('Escape');
    await page.locator('#view').waitFor({ state: 'hidden' });
  });

  it('keeps the DOM bounded: a page of each list, the long lists built when opened', async () => {
    const sizes = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      matrixRows: document.querySelectorAll('#matrix tbody tr').length,
      outletRows: document.querySelectorAll('.outlets tbody tr').length,
      copies: document.querySelectorAll('#origins ol li').length,
      wireQuotations: document.querySelectorAll('#origins tbody tr:first-child details li').length,
    }));
    assert.ok(sizes.matrixRows <= MATRIX_ROWS && sizes.outletRows <= OUTLET_ROWS, JSON.stringify(sizes));
    assert.equal(sizes.wireQuotations, 0, `none of the wire's ${VERSIONS} quotations is built before its list is opened`);
    assert.ok(sizes.copies <= 25 * 2, JSON.stringify(sizes));
    // a page of the matrix (100 rows of 60 cells of 3 elements each) is most of it
    assert.ok(sizes.elements < 30_000, `${sizes.elements} elements`);
    const wire = page.locator('#origins tbody tr').first();
    await wire.locator('details:not(.all-outlets) summary').click();
    assert.equal(await wire.locator('details:not(.all-outlets) li').count(), 50, 'the first 50 of its quotations');
    assert.match((await wire.locator('.pager-status').textContent())!, new RegExp(`Quotations 1–50 of ${VERSIONS}`));
    assert.deepEqual(await contrastFailures(page, '#matrix-section .pagers'), [], 'the pagers meet WCAG AA contrast');
    assert.deepEqual(await contrastFailures(page, '#outlets-section'), [], 'the outlets table and its controls too');
    assert.deepEqual(opened.events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
  });

  it('says so in one line when the browser cannot inflate the data', async () => {
    const context = await browser.newContext();
    try {
      await context.addInitScript(() => { delete (window as { DecompressionStream?: unknown }).DecompressionStream; });
      const old = await context.newPage();
      const errors: string[] = [];
      old.on('pageerror', (e) => errors.push(e.message));
      await old.goto(opened.url);
      await old.waitForSelector('html[data-ready="failed"]');
      assert.match((await old.locator('.load-failed').textContent())!, /^This report could not be shown: its data is compressed, and this browser cannot inflate it \(.*\)\.$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
