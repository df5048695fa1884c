import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Report } from '../model/index.ts';
import { analyzeForTest } from './_analyze-for-test.ts';
import { markdownLink, markdownText } from './format-markdown-escape.ts';
import { formatMarkdown } from './format-markdown.ts';
import { terminalSafe } from './terminal-safe.ts';

// The worst case a pasted report meets: a renderer that passes raw HTML through and links bare URLs.
const md = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)> and <svg onload=window.__pwned=1>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '[click](javascript:alert(1)) and [ref][1]\n\n[1]: javascript:alert(1)',
  '![](http://127.0.0.1:9/track.png)',
  '<http://127.0.0.1:9/auto> and http://127.0.0.1:9/raw and www.example.com and mail@example.com',
  '**bold** __strong__ *em* _em_ ~~gone~~ `code` ``code``',
  'a | b | c',
  '# heading',
  '1. first',
  '- item',
  '+ item',
  '> quoted',
  '=== setext',
  '&lt;script&gt; &#106;avascript:alert(1) &amp;',
  'back\\slash \\* \\',
  '$x^2$ and $$y$$',
  '<a href="javascript:window.__pwned=1">x</a>',
  'line one\nline two\r\n\tline three',
  'ESC \u001b[31mred\u001b[0m BEL \u0007 bidi \u202etxt.exe\u202c',
  '    indented code?',
  '```\nfence\n```',
];

// What a reader should see: the same words, on one line, with controls shown as escapes.
const expectedText = (s: string): string => terminalSafe(s.replace(/\s+/g, ' ').trim());

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);
}

describe('markdownText', () => {
  for (const hostile of HOSTILE) {
    it(`renders ${JSON.stringify(hostile).slice(0, 50)} as exactly its text`, () => {
      const escaped = markdownText(hostile);
      const html = md.renderInline(escaped);
      assert.ok(!/<[a-z!/]/i.test(html), `markup in ${html}`);
      assert.equal(decode(html), expectedText(hostile));
      // As a whole block too (lists, headings, fences, tables start at a line's beginning).
      const block = md.render(escaped);
      assert.equal(block, `<p>${html}</p>\n`);
    });
  }

  it('keeps plain words readable', () => {
    assert.equal(markdownText('The port authority said on Tuesday'), 'The port authority said on Tuesday');
  });
});

describe('markdownLink', () => {
  it('links http(s) URLs, with escaped text and a destination that cannot break out', () => {
    const link = markdownLink('Gazette <b>', 'https://example.com/a (b)|c?q="x"&y=<z>');
    const tokens = allTokens(md.parse(link, {}));
    const open = tokens.find((t) => t.type === 'link_open');
    assert.equal(open?.attrGet('href'), 'https://example.com/a%20(b)%7Cc?q=%22x%22&y=%3Cz%3E'.replace('(', '%28').replace(')', '%29'));
    assert.equal(tokens.filter((t) => t.type === 'text').map((t) => t.content).join(''), 'Gazette <b>');
  });

  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/relative', 'not a url']) {
    it(`shows ${url} as no link at all`, () => {
      const tokens = allTokens(md.parse(markdownLink('Outlet', url), {}));
      assert.equal(tokens.filter((t) => t.type === 'link_open').length, 0);
      assert.equal(md.renderInline(markdownLink('Outlet', url)), 'Outlet');
    });
  }
});

describe('formatMarkdown', () => {
  let example: Report;
  let hostile: Report;
  before(async () => {
    [example, hostile] = await Promise.all([analyzeForTest('examples/harbor-bridge'), analyzeForTest('fixtures/hostile')]);
  });

  it('has the summary, outlets, divergences, matrix and origins of the example', () => {
    const out = formatMarkdown(example);
    for (const heading of ['## Outlets', '## Claim matrix', '## Credited origins']) assert.ok(out.includes(`\n${heading}\n`), heading);
    assert.match(out, /^# Exclusive\\: Halverston/);
    assert.match(out, /Credited origin: \*\*Reuters\*\* \(wire, 6 of 6 outlets\)/);
    const tables = tablesOf(md.parse(out, {}));
    const matrix = tables.find((t) => t[0]?.[1] === 'Claim');
    assert.ok(matrix);
    assert.equal(matrix.length - 1, example.claims.length, 'one row per claim');
    for (const row of matrix) assert.equal(row.length, 4 + example.articles.length, 'one column per outlet');
    // the baseline, why it is one, and what each claim was judged against
    assert.match(out, /\nBaseline: \*\*Reuters\*\* \(wire copy\): each claim it carries \(\d+ of \d+\) is diffed and judged against its wording/);
    assert.ok(out.includes('| Reuters (baseline: wire copy) |'));
    assert.equal(matrix[0]![3], 'Judged against');
    assert.ok(matrix.slice(1).every((row) => row[3] === 'Reuters (wire copy)' || row[3] === 'most outlets'));
    assert.ok(matrix.slice(1).some((row) => row[3] === 'Reuters (wire copy)'));
  });

  it('renders the hostile bundle with no HTML, images or links but to http(s) article URLs', () => {
    const out = formatMarkdown(hostile);
    const tokens = allTokens(md.parse(out, {}));
    assert.deepEqual(tokens.filter((t) => /html|image/.test(t.type)).map((t) => t.content), []);
    const urls = new Set(hostile.articles.map((a) => a.url).filter((u): u is string => !!u && /^https?:/.test(u)));
    for (const link of tokens.filter((t) => t.type === 'link_open')) {
      const href = link.attrGet('href') ?? '';
      assert.match(href, /^https?:\/\//);
      assert.ok([...urls].some((u) => new URL(u).href.replace(/['()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) === href), href);
    }
    // No terminal escape reaches someone who cats the file.
    // eslint-disable-next-line no-control-regex
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(out));
  });

  it('keeps every table of the hostile bundle rectangular (pipes and newlines in cells escaped)', () => {
    const out = formatMarkdown(hostile);
    const tables = tablesOf(md.parse(out, {}));
    assert.ok(tables.length >= 3);
    for (const table of tables) for (const row of table) assert.equal(row.length, table[0]!.length, row.join(' ¦ '));
    const outlets = tables.find((t) => t[0]?.[0] === 'Outlet')!;
    assert.equal(outlets.length - 1, hostile.articles.length);
    // The outlet names read back as the names, payloads shown as text.
    const names = outlets.slice(1).map((r) => r[0]);
    assert.ok(names.includes('Briefly <script>window.__pwned=1</script> | News'), names.join('\n'));
  });
});

// The cells of every GFM table, as text.
function tablesOf(tokens: readonly Token[]): string[][][] {
  const tables: string[][][] = [];
  let row: string[] | null = null;
  for (const t of tokens) {
    if (t.type === 'table_open') tables.push([]);
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) { tables[tables.length - 1]!.push(row); row = null; }
    else if (t.type === 'inline' && row) row.push(allTokens(t.children ?? []).filter((c) => c.type === 'text' || c.type === 'text_special').map((c) => c.content).join(''));
  }
  return tables;
}
