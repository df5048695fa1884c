import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Article, Report, Span } from '../../src/model/index.ts';
import { REPORT_SCHEMA, spanOf } from '../../src/model/index.ts';
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

  it('keeps a matrix of 60 outlets readable: symbols only, horizontal scroll, the claim column stays in view', async () => {
    const report = manyOutletsReport(60);
    const opened = await openHtml(browser, formatHtml(report), { viewport: { width: 1400, height: 1000 } });
    try {
      const { page, events } = opened;
      await page.waitForSelector('html[data-ready="true"]');
      assert.equal(await page.locator('#matrix.dense thead th.outlet').count(), 60);
      // Every state has its own symbol, so cells read without colour (greyscale print); a high-severity change adds "!".
      const symbols = await page.locator('#matrix td[data-state]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-state'), td.querySelector('.sym')!.textContent]));
      const byState = new Map<string, Set<string>>();
      for (const [state, sym] of symbols) byState.set(state!, (byState.get(state!) ?? new Set()).add(sym!.replace('!', '')));
      assert.deepEqual([...byState.keys()].sort(), ['absent', 'changed', 'kept', 'missing', 'only']);
      const all = [...byState.values()].map((set) => [...set]);
      assert.ok(all.every((list) => list.length === 1), 'one symbol per state');
      assert.equal(new Set(all.flat()).size, 5, 'five different symbols');
      assert.ok(symbols.some(([state, sym]) => state === 'changed' && sym!.endsWith('!')), 'a high-severity change is marked "!"');
      // Scrolled to the last outlet, the claim column is still at the left edge of the matrix.
      const wrap = page.locator('.matrix-wrap');
      const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow > 0, 'the matrix scrolls sideways');
      await page.evaluate(() => document.getElementById('matrix-section')!.scrollIntoView());
      await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
      const place = await page.evaluate(() => {
        const box = document.querySelector('.matrix-wrap')!.getBoundingClientRect();
        const claim = document.querySelector('#matrix tbody th.claim-text')!.getBoundingClientRect();
        const last = document.querySelector('#matrix thead th.outlet:last-child')!.getBoundingClientRect();
        return { claimLeft: claim.left - box.left, lastRight: box.right - last.right };
      });
      assert.ok(place.claimLeft >= 0 && place.claimLeft < 80, `claim column at ${place.claimLeft}px from the matrix's edge`);
      assert.ok(place.lastRight >= 0, 'the last outlet is in view');
      await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth / 3; });
      await page.screenshot({ path: `${shots}/many-outlets-matrix.png` });
      assert.deepEqual(await contrastFailures(page, '#matrix-section'), []);
      assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
    } finally {
      await opened.close();
    }
  });

  it('says so when there is nothing to compare: one article, no claim, no divergence, no credit', async () => {
    const text = 'A short notice with nothing to compare.';
    const report: Report = {
      schema: REPORT_SCHEMA,
      articles: [{ id: 'only', source: '/notes/notice.txt', url: null, title: null, byline: null, outlet: null, published: null, language: null,
        text, removed: [], sourceMap: [], paragraphs: [{ start: 0, end: text.length }], sentences: [] }],
      claims: [], divergences: [], unique: [], origins: [], copying: [],
    };
    const opened = await openHtml(browser, formatHtml(report));
    try {
      const { page, events } = opened;
      await page.waitForSelector('html[data-ready="true"]');
      assert.equal(await page.locator('h1').textContent(), 'Untitled story');
      assert.match((await page.locator('#page-header').textContent())!, /Undated/);
      const overview = (await page.locator('#overview').textContent())!;
      assert.match(overview, /no wire agency or outlet/);
      assert.match(overview, /No divergences/);
      assert.match((await page.locator('#matrix-section').textContent())!, /No claim is carried by two outlets or more/);
      assert.equal(await page.locator('.outlets td.where').textContent(), 'file notice.txt');
      assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
    } finally {
      await opened.close();
    }
  });
});

// A story told by `n` outlets: one claim all carry (every seventh changes a number), one most carry, one a few
// carry, and a passage only one outlet has, so every cell state appears.
function manyOutletsReport(n: number): Report {
  const articles: Article[] = [];
  const spans: Record<'flood' | 'schools' | 'sandbags' | 'bakery', Span[]> = { flood: [], schools: [], sandbags: [], bakery: [] };
  for (let i = 0; i < n; i++) {
    const id = `m${i}`;
    const parts: [keyof typeof spans, string][] = [['flood', `The river rose ${i % 7 === 3 ? 4 : 3} metres overnight, the agency said.`]];
    if (i % 5 !== 0) parts.push(['schools', 'Schools in the valley will stay closed on Friday.']);
    if (i % 6 === 1) parts.push(['sandbags', 'Volunteers filled sandbags outside the town hall.']);
    if (i === 4) parts.push(['bakery', 'A baker on the high street handed out bread to families.']);
    let text = '';
    for (const [key, sentence] of parts) {
      if (text) text += ' ';
      spans[key].push(spanOf(id, text + sentence, text.length, text.length + sentence.length));
      text += sentence;
    }
    articles.push({
      id, source: `/data/flood/${String(i).padStart(2, '0')}.txt`, url: null, title: 'River rises overnight', byline: null, outlet: `Outlet ${String(i + 1).padStart(2, '0')}`,
      published: new Date(Date.UTC(2026, 3, 2, 6, i)).toISOString(), language: 'en', text, removed: [], sourceMap: [], paragraphs: [{ start: 0, end: text.length }], sentences: [],
    });
  }
  const claim = (id: string, list: Span[]) => ({ id, text: list[0]!.text, articles: list.map((sp) => sp.article), support: list });
  const three = spans.flood.filter((sp) => !sp.text.includes(' 4 '));
  const divergences = spans.flood.filter((sp) => sp.text.includes(' 4 ')).map((sp, k) => {
    const at = sp.start + sp.text.indexOf('4');
    const text = articles.find((a) => a.id === sp.article)!.text;
    return { ...spanOf(sp.article, text, at, at + 1), id: `d${k}`, claim: 'flood', kind: 'number' as const, severity: 'high' as const,
      message: `"4" where ${three.length} other outlets say "3"`, versus: three.slice(0, 3).map((t) => spanOf(t.article, articles.find((a) => a.id === t.article)!.text, t.start + t.text.indexOf('3'), t.start + t.text.indexOf('3') + 1)) };
  });
  return {
    schema: REPORT_SCHEMA,
    articles,
    claims: [claim('flood', spans.flood), claim('schools', spans.schools), claim('sandbags', spans.sandbags)],
    divergences,
    unique: spans.bakery,
    origins: [],
    copying: [],
  };
}

async function checkReport(opened: OpenedHtml, report: Report, view: ReturnType<typeof reportView>, name: string): Promise<void> {
  const { page, events } = opened;
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.locator('h1').textContent(), view.title ?? 'Untitled story');
  await page.screenshot({ path: `${shots}/${name}-overview.png` });
  assert.deepEqual(await contrastFailures(page, 'body'), [], 'every text meets WCAG AA contrast');
  await checkFirstScreen(page, report, view);
  await checkOutletsTable(page, view);

  // One column per outlet, in publication order; one row per claim and per outlet-only passage.
  const columns = await page.locator('#matrix thead th.outlet').allTextContents();
  assert.deepEqual(columns, view.outlets.map((o) => o.label));
  assert.equal(await page.locator('#matrix tbody tr[data-row-kind="claim"]').count(), report.claims.length);
  assert.equal(await page.locator('#matrix tbody tr[data-row-kind="unique"]').count(), report.unique.length);
  const firstRowCells = await page.locator('#matrix tbody tr[data-row-kind="claim"]').first().locator('td[data-state]').count();
  assert.equal(firstRowCells, view.outlets.length);
  await page.evaluate(() => document.getElementById('matrix-section')!.scrollIntoView());
  await page.screenshot({ path: `${shots}/${name}-matrix.png` });
  await page.evaluate(() => window.scrollTo(0, 0));

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
  // what the wordings are diffed and judged against: the baseline's wording, named as such, or most outlets
  const note = (await page.locator('#view .baseline-note').textContent()) ?? '';
  if (pick.r.baseline?.article) {
    const base = view.outlets.find((o) => o.article.id === pick.r.baseline!.article)!;
    assert.ok(note.startsWith(`Baseline wording: ${base.label} (${pick.r.baseline.why})`), note);
    assert.equal(await page.locator('#view blockquote.representative').textContent(), pick.r.text);
  } else assert.match(note, /Judged against most outlets/);
  if (pick.r.worst) {
    const messages = await page.locator('#view .wordings li').allTextContents();
    for (const d of pick.r.cells.flatMap((c) => c.divergences)) assert.ok(messages.some((m) => m.includes(d.message)), d.message);
    // Every divergence inside its outlet's wording is boxed in place, whether the wording is diffed or reworded.
    const boxed = (await page.locator('#view .wording mark.m-div').allTextContents()).join('');
    // (a headline finding sits in the outlet's title, not in its wording: its message is listed above)
    for (const c of pick.r.cells) {
      for (const d of c.divergences) {
        if (c.span && d.field !== 'title' && d.start >= c.span.start && d.end <= c.span.end) assert.ok(boxed.includes(d.text), `"${d.text}" is boxed in its wording`);
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
  const markedTitle = await page.locator('#view .headline .m-div').allTextContents();
  for (const d of report.divergences.filter((x) => x.article === outlet.article.id)) {
    // a headline finding is boxed in the title, the others in the text
    assert.ok((d.field === 'title' ? markedTitle : marked).join('').includes(d.text), `divergence "${d.text}" is highlighted`);
  }
  const judged = (await page.locator('#view dd[data-baseline]').textContent()) ?? '';
  if (view.baseline) {
    const base = view.outlets[view.baseline.outlet]!;
    assert.ok(outlet === base ? judged.startsWith(`this version (${view.baseline.why})`) : judged.startsWith(`judged against ${base.label} (${view.baseline.why})`), judged);
  } else assert.match(judged, /^none: judged against/);
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
  const firstCarriers = await page.locator('#matrix tbody tr:not(.hidden)').first().locator('td.num').first().textContent();
  assert.equal(Number(firstCarriers), Math.max(...view.rows.map((r) => r.carriers)));

  // Print: no controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.controls').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
}

// The first screen: the five most serious divergences, each opening its claim; kind chips filter the matrix.
async function checkFirstScreen(page: Page, report: Report, view: ReturnType<typeof reportView>): Promise<void> {
  const findings = page.locator('#overview button.finding');
  assert.equal(await findings.count(), Math.min(5, view.ranked.length));
  const top = view.ranked[0];
  if (top) {
    const first = findings.first();
    assert.ok((await first.textContent())!.includes(top.message), 'the most serious divergence comes first');
    const box = await first.boundingBox();
    assert.ok(box && box.y + box.height <= page.viewportSize()!.height, 'it is on the first screen');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.locator('#view').waitFor({ state: 'visible' });
    const rowIndex = view.rows.findIndex((r) => r.id === top.claim);
    const claims = view.rows.filter((r) => r.kind === 'claim').length;
    assert.equal(await page.locator('#view-title').textContent(), `Claim ${rowIndex + 1} of ${claims}`);
    const boxed = (await page.locator('#view .wording mark.m-div').allTextContents()).join('');
    assert.ok(boxed.includes(top.text), `its words "${top.text}" are boxed in the claim view`);
    await page.keyboard.press('Escape');
    await page.locator('#view').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-divergence')), '0', 'focus returns to the finding');
  }
  const kinds = Object.entries(view.byKind).sort((a, b) => b[1] - a[1]);
  assert.equal(await page.locator('#overview button.kind-chip').count(), kinds.length, 'one chip per kind found');
  const kind = kinds[0]?.[0];
  if (!kind) return;
  const chip = page.locator(`#overview button.kind-chip[data-kind="${kind}"]`);
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#filter-kind').inputValue(), kind);
  const visible = await page.locator('#matrix tbody tr:not(.hidden)').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
  const expected = view.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kinds.includes(kind as never)).map(({ i }) => i);
  assert.deepEqual(visible.sort((a, b) => a - b), expected, `the matrix shows the rows with a ${kind} change`);
  assert.ok(report.divergences.some((d) => d.kind === kind));
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#matrix tbody tr:not(.hidden)').count(), view.rows.length, 'selected again, the filter is lifted');
  await page.evaluate(() => window.scrollTo(0, 0));
}

// Outlets: where each came from (its link, else its file name with the full path on hover); badges on one line.
async function checkOutletsTable(page: Page, view: ReturnType<typeof reportView>): Promise<void> {
  for (const [i, o] of view.outlets.entries()) {
    const where = page.locator(`.outlets tr[data-outlet-row="${i}"] td.where`);
    if (!o.article.url) {
      assert.equal(await where.getAttribute('title'), o.article.source);
      assert.ok((await where.textContent())!.endsWith(o.article.source.split(/[\\/]/).pop()!), 'the file name is shown');
    }
    const badge = page.locator(`.outlets tr[data-outlet-row="${i}"] .sev`);
    if (await badge.count()) {
      const lines = await badge.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '20'));
      assert.ok(lines < 1.5, `the worst-severity badge of ${o.label} is one line`);
    }
  }
}
