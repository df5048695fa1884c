import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { runCli } from '../store/_backends.ts';
import { serveStore, type ServedStore } from '../serve/_serve-for-test.ts';
import { WEB_CSP } from './page.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const harbor = join(root, 'examples/harbor-bridge');
const hostile = join(root, 'fixtures/hostile');

// What the web app's own pages are made of: anything else came from an article.
const OWN_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'link', 'body', 'header', 'nav', 'main', 'a', 'h1', 'h2', 'p', 'span', 'strong',
  'code', 'div', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'iframe', 'form', 'label', 'input', 'select', 'option',
  'button', 'textarea', 'figure', 'figcaption', 'blockquote', 'br', 'script']);

/** Whatever in a page could only come from article markup, or lets it run or load. */
function foreignMarkup(markup: string, path: string): string[] {
  const { document } = parseHTML(markup);
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!OWN_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc') found.push(`${tag}[${attr.name}]`);
    }
  }
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const own = href.startsWith('/') && !href.startsWith('//') || href.startsWith('#');
    const web = /^https?:\/\/[^\s<>"]+$/i.test(href) && /noopener/.test(a.getAttribute('rel') ?? '');
    if (!own && !web) found.push(`a[href=${href}]`);
  }
  for (const el of Array.from(document.querySelectorAll('img, iframe, link'))) {
    const src = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
    if (!src.startsWith('/') || src.startsWith('//')) found.push(`${el.tagName.toLowerCase()}[src=${src}]`);
  }
  // the one script a page may load: the app's own file, never inline text
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (script.getAttribute('src') !== '/static/live.js' || script.textContent !== '') found.push(`script[src=${script.getAttribute('src')}]`);
  }
  for (const frame of Array.from(document.querySelectorAll('iframe'))) if (frame.getAttribute('sandbox') !== 'allow-scripts allow-popups') found.push('iframe without its sandbox');
  // escaped text never holds a "<" followed by a name: only the page's own tags do
  for (const m of markup.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) if (!OWN_ELEMENTS.has(m[1]!.toLowerCase()) && m[1] !== '!doctype') found.push(`raw <${m[1]}> in ${path}`);
  return found;
}

describe('the web app over hostile articles', () => {
  let served: ServedStore;
  let data: string;
  before(async () => {
    data = await mkdtemp(join(tmpdir(), 'wiretrace-web-'));
    const added = await runCli('add', '--no-embeddings', '--data', data, harbor, hostile);
    assert.equal(added.code, 0, added.stderr);
    served = await serveStore({ data });
  });
  after(async () => {
    await served?.close();
    await rm(data, { recursive: true, force: true });
  });

  test('every page and chart reached from the stories page shows article text as text: nothing runs, loads or escapes', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/outlets', '/analyze', '/?q=orvane', '/?outlet=The%20Ledger%20%3Cmath%3E', '/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E'];
    let pages = 0;
    let charts = 0;
    while (queue.length > 0 && seen.size < 400) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await served.get(path);
      const type = response.headers.get('content-type') ?? '';
      const body = await response.text();
      assert.ok(response.status === 200 || (response.status === 404 && path.startsWith('/stories/%3C')), `${path}: ${response.status} ${body.slice(0, 300)}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      if (type.startsWith('image/svg+xml')) {
        charts++;
        assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'");
        const { document } = parseHTML(body);
        assert.equal(document.querySelectorAll('script, foreignObject, a, image, use, iframe').length, 0, path);
        for (const el of Array.from(document.querySelectorAll('*'))) for (const attr of Array.from(el.attributes)) assert.doesNotMatch(attr.name, /^on|href/i, path);
        assert.doesNotMatch(body, /<script|<img|<svg onload/i);
        continue;
      }
      if (!type.startsWith('text/html')) continue;
      if (/\/report(\?|$)/.test(path)) {
        // the analyze --html report, with its own policy (tested in test/browser/hostile.test.ts); framed by us only
        assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
        assert.match(body, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-/);
        continue;
      }
      pages++;
      assert.equal(response.headers.get('content-security-policy'), WEB_CSP, path);
      assert.deepEqual(foreignMarkup(body, path), [], path);
      const { document } = parseHTML(body);
      for (const el of Array.from(document.querySelectorAll('a[href], img[src], iframe[src]'))) {
        const link = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/openapi') && !link.startsWith('/static')) queue.push(link);
      }
    }
    assert.ok(pages >= 30, `pages checked: ${pages}`);
    assert.ok(charts >= 3, `charts checked: ${charts}`);
    assert.ok([...seen].some((p) => p.includes('/claims/')) && [...seen].some((p) => p.includes('/findings/')), 'claim and finding permalinks were opened');
  });

  test('a hostile headline and outlet name are shown as the text they are', async () => {
    const list = await (await served.get('/?q=orvane')).text();
    const { document } = parseHTML(list);
    const titles = Array.from(document.querySelectorAll('.stories .title')).map((a) => a.textContent);
    assert.equal(titles.length, 1);
    const story = document.querySelector('.stories .title')!.getAttribute('href')!;
    const page = await (await served.get(story)).text();
    const shown = parseHTML(page).document;
    const cells = Array.from(shown.querySelectorAll('#timeline ~ table td')).map((td) => td.textContent);
    assert.ok(cells.includes('</title><script>alert(1)</script> Water board freezes Orvane contract'), cells.join(' | '));
    assert.ok(cells.some((c) => c?.includes('Harbourside <svg onload=alert(1)> Gazette')));
    assert.ok(page.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; Water board freezes Orvane contract'));
    assert.ok(!page.includes('<script>alert(1)'));
    // an outlet named with markup has its page, under its name
    const outlet = await served.get(`/outlets/${encodeURIComponent('Harbourside <svg onload=alert(1)> Gazette')}`);
    assert.equal(outlet.status, 200);
    assert.equal(parseHTML(await outlet.text()).document.querySelector('h1')!.textContent, 'Harbourside <svg onload=alert(1)> Gazette');
  });

  test('the paste page: its form, a pasted hostile article analysed into the report, what was typed shown back as text', async () => {
    const form = (fields: Record<string, string>): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: served.server.url }, body: new URLSearchParams(fields).toString() });
    const refused = await served.get('/analyze', form({ texts: '', urls: 'javascript:alert(1)\n<script>alert(2)</script>' }));
    assert.equal(refused.status, 422);
    const echoed = await refused.text();
    assert.deepEqual(foreignMarkup(echoed, '/analyze (422)'), []);
    // a textarea's content is escapable raw text: escaped, it reads back as typed
    assert.ok(echoed.includes('<textarea id="urls" name="urls" rows="4">javascript:alert(1)\n&lt;script&gt;alert(2)&lt;/script&gt;</textarea>'));
    const texts = 'Outlet: Evil <b>Times</b>\nTitle: <script>alert(3)</script> Bridge halted\n\nThe Halverston Port Authority has halted work on the harbor bridge, officials said on Wednesday.\n---\nOutlet: Other Post\n\nThe Halverston Port Authority has stopped work on the harbor bridge, two officials said on Wednesday.';
    const report = await served.get('/analyze', form({ texts }));
    assert.equal(report.status, 200);
    assert.match(report.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    const html = await report.text();
    assert.match(html, /id="wiretrace-data"/);
    assert.ok(!html.includes('<script>alert(3)'));
    assert.ok(html.includes('\\u003cscript\\u003ealert(3)'), 'the pasted title is in the data block, escaped');
  });
});
