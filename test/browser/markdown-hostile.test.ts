import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import type { Report } from '../../src/model/index.ts';
import { analyzeForTest } from '../../src/report/_analyze-for-test.ts';
import { formatMarkdown } from '../../src/report/format-markdown.ts';
import { hostileReport, PAYLOADS } from '../../src/report/html/_report-for-test.ts';
import { chromiumSkip, launchChromium, openHtml } from './open-in-chromium.ts';

// The worst renderer a pasted report can meet: raw HTML passed through, bare URLs turned into links.
const md = new MarkdownIt({ html: true, linkify: true });

// A page as a Markdown previewer would make it: the rendered body and nothing else, no CSP.
const page = (markdown: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Markdown report</title></head><body>${md.render(markdown)}</body></html>`;

// Anything in the rendered page that the report's own Markdown cannot produce.
async function foreignMarkup(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found: string[] = [];
    const tags = 'script, style, img, svg, math, iframe, frame, object, embed, video, audio, source, link, base, form, noscript, meta, input, button, textarea, select';
    for (const el of Array.from(document.querySelectorAll(tags))) {
      if (!(el.tagName === 'META' && el.getAttribute('charset'))) found.push(`<${el.tagName.toLowerCase()}>`);
    }
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        // Table column alignment is the only style markdown-it writes.
        if (attr.name === 'style' && /^T[HD]$/.test(el.tagName) && /^text-align:(left|right|center)$/.test(attr.value)) continue;
        if (/^on/i.test(attr.name) || ['srcdoc', 'style', 'src', 'formaction', 'xlink:href'].includes(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
      }
    }
    for (const a of Array.from(document.querySelectorAll('a'))) {
      const href = a.getAttribute('href') ?? '';
      if (!/^https?:\/\//i.test(href)) found.push(`a[href=${href}]`);
    }
    return found;
  });
}

describe('the Markdown report of hostile articles, rendered with raw HTML on and opened in Chromium', { skip: chromiumSkip }, () => {
  let browser: Browser;
  before(async () => { browser = await launchChromium(); });
  after(async () => { await browser?.close(); });

  // Without this, "nothing happened" could mean the renderer or the page never allowed anything to happen.
  it('would run a payload that reached the renderer unescaped', async () => {
    const opened = await openHtml(browser, page(`Title ${PAYLOADS.handler}\n\n<script>alert('raw')</script>\n\n[x](javascript:alert(1))`));
    try {
      await opened.page.waitForFunction(() => (window as unknown as { __pwned?: number }).__pwned === 1);
      assert.ok(opened.events.dialogs.length > 0);
    } finally {
      await opened.close();
    }
  });

  const cases: { name: string; report: () => Promise<Report> | Report }[] = [
    { name: 'the hostile bundle (fixtures/hostile)', report: () => analyzeForTest('fixtures/hostile') },
    { name: 'a report with payloads in every field', report: hostileReport },
  ];
  for (const c of cases) {
    it(`${c.name}: no dialog, no script, no request, no javascript: link`, async () => {
      const markdown = formatMarkdown(await c.report());
      const opened = await openHtml(browser, page(markdown));
      try {
        const { page: p, events } = opened;
        // Give event handlers, timers and lazy loads their chance before looking.
        await p.waitForTimeout(150);
        assert.equal(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'no payload ran');
        assert.equal(p.frames().length, 1, 'no frame was created');
        assert.deepEqual(await foreignMarkup(p), []);
        assert.deepEqual(events, { dialogs: [], requests: [], consoleErrors: [], pageErrors: [] });
        // The payloads are there, as words a reader can see.
        const text = await p.locator('body').innerText();
        assert.ok(text.includes('<script>'), 'payloads are shown as text');
        assert.ok(await p.locator('table').count() >= 3, 'the tables rendered as tables');
      } finally {
        await opened.close();
      }
    });
  }
});
