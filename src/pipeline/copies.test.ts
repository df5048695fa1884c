// fixtures/copies/ferry-closure.jsonl: an invented wire story (Reuters), one outlet that ran it word for word (Lakeside
// Daily), one that ran its first three paragraphs (Metro Brief) and one rewrite (Harbour Times).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../model/index.ts';
import { analyzeForTest } from '../report/_analyze-for-test.ts';
import { reportView } from '../report/report-view.ts';
import { formatTerminal } from '../report/format-terminal.ts';
import { formatMarkdown } from '../report/format-markdown.ts';
import { formatHtml } from '../report/format-html.ts';

describe('a wire run word for word by one outlet and in part by another', () => {
  let report: Report;
  before(async () => { report = await analyzeForTest('fixtures/copies'); });
  const id = (outlet: string): string => report.articles.find((a) => a.outlet === outlet)!.id;

  it('keeps both copies as articles and names them copies of the wire\'s version', () => {
    assert.equal(report.articles.length, 4);
    assert.deepEqual(report.copies?.map((g) => g.version), [id('Reuters')]);
    const how = new Map(report.copies![0]!.copies.map((c) => [c.article, c.how]));
    assert.equal(how.get(id('Lakeside Daily')), 'same');
    assert.equal(how.get(id('Metro Brief')), 'prefix');
    assert.equal(how.has(id('Harbour Times')), false);
  });

  it('counts the wire and its copies once in how many carry a claim', () => {
    const view = reportView(report);
    assert.equal(view.versions, 2);
    for (const row of view.rows.filter((r) => r.kind === 'claim')) {
      const versions = new Set(row.claim!.articles.map((a) => (a === id('Lakeside Daily') || a === id('Metro Brief') ? id('Reuters') : a)));
      assert.equal(row.carriers, versions.size, row.text);
    }
    // the lead, run by all four, is carried by two versions
    assert.ok(view.rows.some((r) => r.claim?.articles.length === 4 && r.carriers === 2));
  });

  it('does not also show a copy as likely copying', () => {
    const copyIds = new Set([id('Reuters'), id('Lakeside Daily'), id('Metro Brief')]);
    assert.ok(!report.copying.some((e) => copyIds.has(e.from) && copyIds.has(e.to)));
  });

  it('lists every outlet that ran the version in each report', () => {
    const terminal = formatTerminal(report, { color: false, verbose: false });
    assert.match(terminal, /4 outlets \(2 versions\)/);
    assert.match(terminal, /Reuters, run by Lakeside Daily \(word for word\), Metro Brief \(its first \d+%\)/);
    assert.match(formatTerminal(report, { color: false, verbose: true }), /carried by 2 versions \(4 outlets\)/);
    assert.match(formatMarkdown(report), /## Copies[\s\S]*\*\*Reuters\*\*, run by \*\*Lakeside Daily\*\* \(word for word\), \*\*Metro Brief\*\* \(its first \d+%\)/);
    assert.match(formatHtml(report), /"copies":\[\{"version":\d,"copies":\[\{"outlet":\d,"how":"word for word"\}/);
  });
});
