import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../model/index.ts';
import { REPORT_SCHEMA } from '../model/index.ts';
import { analyzeForTest } from './_analyze-for-test.ts';
import { formatTerminal } from './format-terminal.ts';
import { safeLine } from './format-terminal-parts.ts';
import { labelOf } from './report-view.ts';

// Any C0/C1 control but newline, or a bidi override/isolate, that reached the terminal raw.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

const codePoints = (line: string): number => Array.from(line).length;

describe('formatTerminal on the example bundle', () => {
  let report: Report;
  before(async () => { report = await analyzeForTest('examples/harbor-bridge'); });

  it('fits a screen: at most 40 lines of at most 100 columns', () => {
    const lines = formatTerminal(report, { color: false, verbose: false }).trimEnd().split('\n');
    assert.ok(lines.length <= 40, `${lines.length} lines`);
    for (const line of lines) assert.ok(codePoints(line) <= 100, `${codePoints(line)} columns: ${line}`);
  });

  it('fits the terminal it is given, narrow or wide', () => {
    for (const width of [60, 80, 140]) {
      const lines = formatTerminal(report, { color: false, verbose: false, width }).trimEnd().split('\n');
      for (const line of lines) assert.ok(codePoints(line) <= width, `${width}: ${codePoints(line)} columns: ${line}`);
    }
    const wide = formatTerminal(report, { color: false, verbose: false, width: 160 }).split('\n');
    assert.ok(wide.some((l) => codePoints(l) > 100), 'a wide terminal gets lines past 100 columns');
  });

  it('has a Missing column: the claims each outlet left out, beside the claims it carries', () => {
    const lines = formatTerminal(report, { color: false, verbose: false }).split('\n');
    const head = lines.find((l) => l.startsWith('Outlet'))!;
    assert.match(head, /Claims\s+Missing\s+Changed\s+Dropped\s+Added/);
    for (const line of lines.slice(lines.indexOf(head) + 1).filter((l) => /\d+\/\d+/.test(l))) {
      const [, carried, total, missing] = /(\d+)\/(\d+)\s+(\d+)/.exec(line)!;
      assert.equal(Number(missing), Number(total) - Number(carried), line);
    }
  });

  it('says one article cannot be compared, never that there are no divergences', () => {
    const one: Report = { ...report, articles: report.articles.slice(0, 1), claims: [], divergences: [], unique: [], copying: [] };
    const out = formatTerminal(one, { color: false, verbose: false });
    assert.match(out, /Only one version was given: nothing to compare\. Give two or more versions of the story\./);
    assert.doesNotMatch(out, /no divergences/i);
  });

  it('names the story, the wire, every outlet and the way to see more', () => {
    const out = formatTerminal(report, { color: false, verbose: false });
    const title = report.articles.find((a) => a.title)?.title ?? '';
    assert.ok(out.includes(title.slice(0, 40)), 'title');
    assert.match(out, /Credited: Reuters \(wire, 6 of 6\)/);
    for (const article of report.articles) assert.ok(out.includes(labelOf(article)), labelOf(article));
    assert.match(out, new RegExp(`--verbose for all ${report.divergences.length} divergences`));
    assert.match(out, /--html report\.html/);
  });

  it('shows the most serious divergences first, at most 8, each with both sides quoted', () => {
    const out = formatTerminal(report, { color: false, verbose: false });
    const heads = out.split('\n').filter((l) => /^(HIGH|MEDIUM|LOW) /.test(l));
    assert.equal(heads.length, Math.min(8, report.divergences.length));
    const ranks = heads.map((l) => ({ HIGH: 3, MEDIUM: 2, LOW: 1 })[l.split(' ')[0] as 'HIGH']);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a));
    // The number change of the example: this outlet's figure against the others'.
    assert.match(out, /"420" · others: "240"/);
  });

  it('keeps the table to a screen for a large bundle, and lists every outlet when verbose', () => {
    const copies = Array.from({ length: 30 }, (_, i) => ({ ...report.articles[i % report.articles.length]!, id: `copy${i}`, outlet: `Copy ${i}` }));
    const big = { ...report, articles: [...report.articles, ...copies] };
    const lines = formatTerminal(big, { color: false, verbose: false }).split('\n');
    assert.ok(lines.length <= 45, `${lines.length} lines`);
    assert.ok(lines.includes('… and 22 more outlets with fewer changes (--verbose lists every outlet)'));
    // The outlets that changed the story stay in view.
    for (const article of report.articles) assert.ok(lines.some((l) => l.startsWith(labelOf(article))), labelOf(article));
    const verbose = formatTerminal(big, { color: false, verbose: true });
    for (const copy of copies) assert.ok(verbose.includes(`${copy.outlet} `), copy.outlet);
  });

  it('is plain text without colour and coloured with it', () => {
    const plain = formatTerminal(report, { color: false, verbose: true });
    assert.ok(!plain.includes('\u001b'), 'no escape sequences when colour is off');
    const coloured = formatTerminal(report, { color: true, verbose: false });
    assert.ok(coloured.includes('\u001b[31m'), 'high severity in red');
    assert.equal(coloured.replace(SGR, ''), formatTerminal(report, { color: false, verbose: false }));
  });

  it('lists every divergence, outlet-only passage and origin when verbose', () => {
    const out = formatTerminal(report, { color: false, verbose: true });
    for (const d of report.divergences) assert.ok(out.includes(safeLine(d.message)), d.message);
    for (const u of report.unique) assert.ok(out.includes(safeLine(u.text).slice(0, 60)), u.text);
    for (const o of report.origins) assert.ok(out.includes(safeLine(o.name)), o.name);
    assert.ok(out.split('\n').length > formatTerminal(report, { color: false, verbose: false }).split('\n').length);
  });
});

describe('formatTerminal on the hostile bundle', () => {
  let report: Report;
  before(async () => { report = await analyzeForTest('fixtures/hostile'); });

  for (const verbose of [false, true]) {
    it(`lets no control character or bidi override through (${verbose ? 'verbose' : 'summary'})`, () => {
      const plain = formatTerminal(report, { color: false, verbose });
      const bad = plain.split('\n').find((l) => RAW_CONTROL.test(l));
      assert.equal(bad, undefined);
      // With colour, the only escapes are the writer's own colour codes.
      const coloured = formatTerminal(report, { color: true, verbose }).replace(SGR, '');
      assert.equal(coloured.split('\n').find((l) => RAW_CONTROL.test(l)), undefined);
    });
  }

  it('escapes controls in the title, outlet names and evidence the summary shows', () => {
    const sneaky = '\u001b[2J\u001b]8;;http://127.0.0.1:9/\u0007x\r\u202e';
    const articles = report.articles.map((a) => ({ ...a, title: `${a.title ?? ''}${sneaky}`, outlet: `${a.outlet ?? 'Outlet'}${sneaky}` }));
    const divergences = report.divergences.map((d) => ({ ...d, message: `${d.message}${sneaky}`, text: `${sneaky}${d.text}` }));
    const out = formatTerminal({ ...report, articles, divergences }, { color: false, verbose: false });
    assert.equal(out.split('\n').find((l) => RAW_CONTROL.test(l)), undefined);
    assert.match(out, /\\u001b\[2J/);
  });

  it('shows the escapes as visible text instead', () => {
    const out = formatTerminal(report, { color: false, verbose: true });
    assert.match(out, /\\u001b\[31m/);
    assert.match(out, /\\u001b\]8;;http:\/\/127\.0\.0\.1:9\/osc\\u0007/);
    assert.match(out, /\\u202e/);
  });
});

describe('formatTerminal on an empty report', () => {
  it('says there is nothing to compare rather than failing', () => {
    const empty: Report = { schema: REPORT_SCHEMA, articles: [], claims: [], divergences: [], unique: [], origins: [], copying: [] };
    const out = formatTerminal(empty, { color: false, verbose: false });
    assert.match(out, /^\(untitled story\)\n0 outlets · undated\n/);
    assert.match(out, /No article was read: nothing to compare\. Give two or more versions/);
    assert.doesNotMatch(out, /no divergences/i);
    assert.equal(formatTerminal(empty, { color: false, verbose: true }), out);
  });
});
