import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { formatHtml } from './format-html.ts';
import { REPORT_CLIENT } from './html/report-client.ts';
import { REPORT_STYLE } from './html/report-style.ts';
import { htmlData, type HtmlData } from './html/html-data.ts';
import { COMPRESS_ABOVE } from './html/data-block.ts';
import { hostileReport, PAYLOADS } from './html/_report-for-test.ts';
import { bigStoryReport } from './html/_big-report-for-test.ts';
import { clientInVm } from './html/_client-in-vm.ts';
import type { Article, Report } from '../model/index.ts';
import { REPORT_SCHEMA, spanOf } from '../model/index.ts';

const report = hostileReport();
const html = formatHtml(report);

// The data block's JSON: as written for a small report, inflated for a big one's gzip in base64.
function dataJson(page: string): string {
  const m = /<script type="application\/(json|gzip)" id="wiretrace-data"( data-encoding="gzip-base64")?>([\s\S]*?)<\/script>/.exec(page);
  assert.ok(m, 'the data block is present');
  assert.equal(m[1] === 'gzip', m[2] !== undefined, 'a gzip block says so');
  return m[1] === 'gzip' ? gunzipSync(Buffer.from(m[3]!, 'base64')).toString('utf8') : m[3]!;
}

function dataBlock(page: string): HtmlData {
  return JSON.parse(dataJson(page)) as HtmlData;
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
    assert.ok(data.strings[data.divergences[0]!.message]!.includes(PAYLOADS.scriptClose));
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
    const client = clientInVm(data);
    assert.equal(data.rows.filter((r) => r.kind === 'claim').length, report.claims.length);
    assert.equal(data.rows.filter((r) => r.kind === 'unique').length, report.unique.length);
    const r = data.rows.findIndex((row) => row.kind === 'claim');
    const claim = data.rows[r]!;
    assert.equal(claim.o.length, 3);
    const j = claim.o.findIndex((o) => data.outlets[o]!.text.includes('15 new buses'));
    assert.equal(client.cellState(r, j), 'changed', 'the outlet that says 15 has a changed cell');
    assert.deepEqual(client.cellState(r, (j + 1) % 3), 'kept');
    assert.equal(data.divergences[client.cellDivs(r, claim.o[j]!)[0]!]!.kind, 'number');
    const w = claim.wordings[claim.k[j]!]!.w;
    assert.ok(w && w.length > 3, 'its wording differs word by word');
    const unique = data.rows.findIndex((row) => row.kind === 'unique');
    assert.equal(client.rowText(unique), report.unique.find((u) => data.outlets[data.rows[unique]!.o[0]!]!.text.includes(u.text))!.text, 'an outlet-only passage reads its words from its outlet\'s text');
  });

  it('carries no per-version copy: each distinct wording\'s diff once, a passage\'s words only in its outlet\'s text', () => {
    const big = bigStoryReport(300);
    const page = formatHtml(big);
    const data = dataBlock(page);
    data.rows.forEach((row) => {
      if (row.kind !== 'claim') return;
      const distinct = new Set(row.o.map((o, j) => data.outlets[o]!.text.slice(row.a[j], row.b[j])));
      assert.equal(row.wordings.length, distinct.size, `one diff per distinct wording of "${row.text}"`);
      const textOf = new Map<number, string>();
      row.k.forEach((k, j) => {
        const text = data.outlets[row.o[j]!]!.text.slice(row.a[j], row.b[j]);
        assert.equal(textOf.get(k) ?? text, text, 'cells sharing a diff share their wording');
        textOf.set(k, text);
      });
    });
    const json = dataJson(page);
    const once = (text: string): number => json.split(JSON.stringify(text).slice(1, -1)).length - 1;
    assert.equal(once(big.unique[7]!.text), 1, 'an outlet-only passage is written once, in its outlet\'s text');
    assert.equal(once('Share this story'), 1, 'a piece removed from every version is written once');
    assert.equal(once('River rises 3 metres overnight'), 2, 'a title every version has is written once for them all, and once as the story\'s');
    assert.equal(once(big.divergences[0]!.message), 1, 'a message many versions share is written once');
    // and the report script puts each back in place
    const { data: decoded } = clientInVm(data);
    decoded.outlets.forEach((o, i) => {
      const article = big.articles[i]!; // published in bundle order
      assert.equal(o.text, article.text);
      assert.deepEqual([o.title, o.byline, o.outlet, o.removed], [article.title, article.byline, article.outlet, article.removed.map((r) => [r.reason, r.text])], `outlet ${i}`);
    });
    assert.deepEqual(decoded.divergences.map((d) => d.message).sort(), big.divergences.map((d) => d.message).sort());
  });

  it('lists at most 200 outlets in the no-script summary, and says how many more the script shows', () => {
    const page = formatHtml(bigStoryReport(300));
    const summary = /<noscript>([\s\S]*?)<\/noscript>/.exec(page)![1]!;
    assert.equal(summary.match(/<li><strong>Outlet \d+<\/strong>/g)?.length, 200);
    assert.match(summary, /… and 100 more outlets \(enable scripts to see them all\)/);
    assert.doesNotMatch(/<noscript>([\s\S]*?)<\/noscript>/.exec(html)![1]!, /more outlets/, 'a small report lists them all');
  });

  it('writes a big report\'s data gzip-compressed in base64, a small one\'s as JSON', () => {
    assert.match(html, /<script type="application\/json" id="wiretrace-data">\{/, 'the hostile report\'s data is JSON');
    const page = formatHtml(bigStoryReport(400));
    const block = /<script type="application\/gzip" id="wiretrace-data" data-encoding="gzip-base64">([^<]*)<\/script>/.exec(page);
    assert.ok(block, 'a block of base64');
    assert.match(block[1]!, /^[A-Za-z0-9+/]+=*$/, 'nothing but base64 in it');
    const json = dataJson(page);
    assert.ok(json.length > COMPRESS_ABOVE, `${json.length} characters of JSON`);
    assert.ok(block[1]!.length < json.length / 4, `${block[1]!.length} characters for ${json.length} of JSON`);
    assert.deepEqual(JSON.parse(json), htmlData(bigStoryReport(400)));
  });

  it('keeps the data compact as versions grow: bytes per version stay flat from 100 to 800 versions', () => {
    const bytesPerVersion = (n: number): number => Buffer.byteLength(dataJson(formatHtml(bigStoryReport(n)))) / n;
    const small = bytesPerVersion(100);
    const large = bytesPerVersion(800);
    assert.ok(large < small * 1.15, `${large.toFixed(0)} bytes per version at 800 against ${small.toFixed(0)} at 100`);
    // each version's text is 742 characters here; a cell per claim and version as an object, and each outlet's
    // highlights written out, took 2,180 bytes per version
    assert.ok(large < 1_600, `${large.toFixed(0)} bytes per version`);
  });

  it('keeps a word diff only for a wording close to the representative one; a rewording is shown as written', () => {
    const data = dataBlock(formatHtml(threeWordings()));
    const [row] = data.rows;
    assert.ok(row);
    const byText = (words: string) => row.wordings[row.k[row.o.findIndex((o) => data.outlets[o]!.text.startsWith(words))]!]!;
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

describe('formatHtml: the baseline', () => {
  it('diffs every wording against the baseline\'s and names it, its reason, and the claims it carries', () => {
    const plain = threeWordings();
    // the June wording is the baseline: the May one now differs from it, and the June one is the reference
    const report: Report = {
      ...plain,
      claims: plain.claims.map((c) => ({ ...c, baseline: { article: 'a1', why: 'earliest' as const } })),
      baseline: { mode: 'earliest', article: 'a1', label: 'the earliest version (Outlet 1)', why: 'earliest' },
    };
    const page = formatHtml(report);
    assert.ok(page.includes('<p>Baseline: <strong>Outlet 1</strong> (earliest): each claim it carries (1 of 1)'), 'the summary without script names it too');
    const data = dataBlock(page);
    const [row] = data.rows;
    assert.ok(row);
    assert.deepEqual(data.baseline, { outlet: 1, why: 'earliest', claims: 1, reason: null });
    assert.equal(row.o[row.base], 1, 'the row\'s reference is the baseline\'s cell');
    const of = (o: number) => row.wordings[row.k[row.o.indexOf(o)]!]!;
    assert.equal(of(1).p, 100, 'the baseline against itself');
    const may = of(0);
    assert.ok(may.w && may.w.length > 3 && may.p < 100, 'the May wording differs from the baseline\'s');
    assert.equal(row.text, plain.articles[1]!.text, 'the claim is shown as the baseline words it');
    // without a baseline, the representative wording stays the reference
    const none = dataBlock(formatHtml(plain));
    assert.equal(none.rows[0]!.base, -1);
    assert.equal(none.baseline, null);
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
