import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { formatHtml } from './format-html.ts';
import { REPORT_CLIENT } from './html/report-client.ts';
import { REPORT_STYLE } from './html/report-style.ts';
import type { HtmlData } from './html/html-data.ts';
import { hostileReport, PAYLOADS } from './html/_report-for-test.ts';
import type { Article, Report } from '../model/index.ts';
import { REPORT_SCHEMA, spanOf } from '../model/index.ts';

const report = hostileReport();
const html = formatHtml(report);

function dataBlock(page: string): HtmlData {
  const m = /<script type="application\/json" id="wiretrace-data">([\s\S]*?)<\/script>/.exec(page);
  assert.ok(m, 'the data block is present');
  return JSON.parse(m[1]!) as HtmlData;
}

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('formatHtml', () => {
  it('puts a Content-Security-Policy first in the head, allowing exactly the inline script and style by hash', () => {
    const head = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(head, 'the CSP meta is the first element of the head');
    const csp = head[1]!.replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    assert.equal(script, REPORT_CLIENT);
    assert.equal(style, REPORT_STYLE);
    assert.equal(csp, `default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)}; img-src data:; base-uri 'none'; form-action 'none'`);
  });

  it('keeps hostile article text inside the data block: it parses back unchanged', () => {
    const data = dataBlock(html);
    assert.deepEqual(data.outlets.map((o) => o.text).sort(), report.articles.map((a) => a.text).sort());
    const first = data.outlets.find((o) => o.text.includes(PAYLOADS.scriptClose))!;
    assert.ok(first.text.includes('\u2028') && first.text.includes('\u2029'));
    assert.ok(data.divergences[0]!.message.includes(PAYLOADS.scriptClose));
    assert.equal(data.origins[0]!.name, report.origins[0]!.name);
    const block = /id="wiretrace-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    assert.doesNotMatch(block, /[<>&\u2028\u2029]/, 'no raw <, >, &, U+2028 or U+2029 in the block');
  });

  it('has no script element but its own two, and no markup from the articles anywhere', () => {
    assert.equal(html.match(/<script/gi)?.length, 2);
    assert.equal(html.match(/<\/script/gi)?.length, 2);
    assert.equal(html.match(/<style/gi)?.length, 1);
    for (const tag of ['<img', '<svg', '<iframe', '<object', '<embed', '<!-- <script']) assert.ok(!html.toLowerCase().includes(tag), tag);
  });

  it('links only http(s) URLs, with rel="noopener noreferrer"; other URLs are text', () => {
    const data = dataBlock(html);
    assert.deepEqual(data.outlets.map((o) => [o.url, o.link]).sort(), report.articles.map((a) => [a.url, a.url === 'https://example.org/a?x=1&y=<b>']).sort());
    const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>/g)];
    assert.ok(hrefs.length > 0, 'the static summary links the http(s) URL');
    for (const [tag, href] of hrefs) {
      assert.match(href!, /^https?:\/\//);
      assert.match(tag, /rel="noopener noreferrer"/);
    }
    assert.doesNotMatch(html, /href="\s*(javascript|data):/i);
  });

  it('ships a client script that parses and never hands strings to an HTML parser', () => {
    assert.doesNotThrow(() => new Script(REPORT_CLIENT));
    assert.doesNotMatch(REPORT_CLIENT, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|srcdoc/);
    assert.doesNotMatch(REPORT_CLIENT, /<\/script|<!--/i);
    assert.doesNotMatch(REPORT_STYLE, /<\/style/i);
  });

  it('carries every claim as a matrix row and one cell per carrying outlet, with a word diff', () => {
    const data = dataBlock(html);
    assert.equal(data.rows.filter((r) => r.kind === 'claim').length, report.claims.length);
    assert.equal(data.rows.filter((r) => r.kind === 'unique').length, report.unique.length);
    const claim = data.rows.find((r) => r.kind === 'claim')!;
    assert.equal(claim.cells.length, 3);
    const changed = claim.cells.find((c) => data.outlets[c.o]!.text.includes('15 new buses'))!;
    assert.equal(changed.s, 1, 'the outlet that says 15 has a changed cell');
    assert.equal(data.divergences[changed.d[0]!]!.kind, 'number');
    assert.ok(changed.w && changed.w.length > 3, 'its wording differs word by word');
  });

  it('cuts each outlet\'s highlights into ordered, non-overlapping segments that cover every divergence', () => {
    const data = dataBlock(html);
    data.outlets.forEach((o, i) => {
      let last = 0;
      for (const [start, end] of o.segments) {
        assert.ok(start! >= last && end! > start! && end! <= o.text.length, `segment [${start}, ${end}) of outlet ${i}`);
        last = end!;
      }
      data.divergences.forEach((d, k) => {
        if (d.o !== i) return;
        const mark = [...Array(o.marks.length / 2).keys()].find((m) => o.marks[2 * m] === 1 && o.marks[2 * m + 1] === k);
        assert.ok(mark !== undefined, `divergence ${k} has a mark`);
        const covered = o.segments.filter((seg) => seg.slice(2).includes(mark)).reduce((n, seg) => n + seg[1]! - seg[0]!, 0);
        assert.equal(covered, d.b - d.a, `divergence ${k} is highlighted over its whole span`);
      });
    });
  });

  it('keeps a word diff only for a wording close to the representative one; a rewording is shown as written', () => {
    const data = dataBlock(formatHtml(threeWordings()));
    const [row] = data.rows;
    assert.ok(row);
    const byText = (words: string) => row.cells.find((c) => data.outlets[c.o]!.text.startsWith(words))!;
    const same = byText('The bridge will reopen in May');
    const close = byText('The bridge will reopen in June');
    const reworded = byText('Repairs mean');
    assert.equal(same.p, 100);
    assert.ok(same.w, 'the representative wording has its (empty) diff');
    assert.ok(close.w && close.w.length > 3 && close.p >= 50, 'one changed word: diffed');
    assert.equal(reworded.w, null, 'a paraphrase is not diffed');
    assert.ok(reworded.p >= 0 && reworded.p < 50, `shares few words (${reworded.p}%)`);
    assert.equal(data.dateRange, '5 Mar 2026, 08:00–10:30 UTC');
  });
});

// Three outlets tell one claim: the same words, one word changed, and a paraphrase.
function threeWordings(): Report {
  const texts = [
    'The bridge will reopen in May after repairs, the mayor said.',
    'The bridge will reopen in June after repairs, the mayor said.',
    'Repairs mean the crossing stays shut until the summer, according to the city\'s mayor.',
  ];
  const times = ['2026-03-05T08:00:00Z', '2026-03-05T09:00:00Z', '2026-03-05T10:30:00Z'];
  const articles = texts.map((text, i): Article => ({
    id: `a${i}`, source: `/tmp/story/${i}.txt`, url: null, title: 'Bridge to reopen', byline: null, outlet: `Outlet ${i}`,
    published: times[i]!, language: 'en', text, removed: [], sourceMap: [], paragraphs: [{ start: 0, end: text.length }], sentences: [],
  }));
  const support = texts.map((text, i) => spanOf(`a${i}`, text, 0, text.length));
  const june = texts[1]!.indexOf('June');
  return {
    schema: REPORT_SCHEMA,
    articles,
    claims: [{ id: 'c1', text: texts[0]!, articles: ['a0', 'a1', 'a2'], support }],
    divergences: [{
      ...spanOf('a1', texts[1]!, june, june + 4), id: 'd1', claim: 'c1', kind: 'date', severity: 'high',
      message: '"June" where another outlet says "May"', versus: [spanOf('a0', texts[0]!, texts[0]!.indexOf('May'), texts[0]!.indexOf('May') + 3)],
    }],
    unique: [],
    origins: [],
    copying: [],
  };
}
