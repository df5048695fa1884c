import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../model/index.ts';
import { analyzeForTest } from './_analyze-for-test.ts';
import { csvField, formatCsv } from './format-csv.ts';
import { reportView } from './report-view.ts';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('Unterminated quoted field');
          if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; } else if (text[i] === '"') { i++; break; } else field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`Bare quote at ${i}`);
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === ',') { i++; continue; }
      if (text.startsWith('\r\n', i)) { i += 2; break; }
      throw new Error(`Expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
    }
    records.push(record);
  }
  return records;
}

// What a spreadsheet shows once the guard apostrophe is read as "text".
const unguard = (s: string): string => (/^'(?:[\t\r]|\s*[=+\-@])/.test(s) ? s.slice(1) : s);

describe('formatCsv', () => {
  let example: Report;
  let hostile: Report;
  before(async () => {
    [example, hostile] = await Promise.all([analyzeForTest('examples/harbor-bridge'), analyzeForTest('fixtures/hostile')]);
  });

  for (const [name, get] of [['example', () => example], ['hostile', () => hostile]] as const) {
    it(`has one row per claim and one column per outlet (${name} bundle)`, () => {
      const report = get();
      const csv = formatCsv(report);
      assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 BOM');
      assert.ok(csv.endsWith('\r\n'));
      const [header, ...rows] = parseCsv(csv.slice(1));
      const view = reportView(report);
      const n = view.outlets.length;
      assert.equal(rows.length, report.claims.length);
      assert.deepEqual(header!.slice(6, 6 + n).map(unguard), view.outlets.map((o) => o.label));
      for (const row of rows) assert.equal(row.length, header!.length);
      // Each state cell agrees with the claim's carriers; each wording cell is that outlet's words.
      rows.forEach((row, r) => {
        const claim = report.claims.find((c) => c.id === row[1])!;
        // a claim as the baseline words it, where the baseline carries it: what the others are judged against
        const reference = claim.baseline?.article ? claim.support.find((s) => s.article === claim.baseline!.article)!.text : claim.text;
        assert.equal(unguard(row[2]!), reference.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
        assert.equal(row.at(-1), claim.baseline ? (claim.baseline.article ? `${view.outlets.find((o) => o.article.id === claim.baseline!.article)!.label} (${claim.baseline.why})` : 'most outlets') : '');
        view.outlets.forEach((o, k) => {
          const state = row[6 + k]!;
          const carried = claim.articles.includes(o.article.id);
          assert.equal(carried, state === 'kept' || state.startsWith('changed: '), `row ${r} ${o.label}: ${state}`);
          const span = claim.support.find((s) => s.article === o.article.id);
          assert.equal(unguard(row[6 + n + k]!), span ? span.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : '');
        });
      });
    });
  }

  it('marks changed cells with their kinds and lists the findings', () => {
    const [header, ...rows] = parseCsv(formatCsv(example).slice(1));
    // six leading columns, a state and a wording per outlet, then the findings and what the claim was judged against
    const changed = rows.flatMap((r) => r.slice(6, 6 + (header!.length - 8) / 2)).filter((c) => c.startsWith('changed: '));
    assert.ok(changed.includes('changed: number'), changed.join(' / '));
    const findings = rows.map((r) => r[r.length - 2]!).filter((f) => f);
    assert.ok(findings.some((f) => f.includes('\n')), 'several findings of a claim on separate lines');
  });

  it('guards every cell of the hostile bundle a spreadsheet would run as a formula', () => {
    const cells = parseCsv(formatCsv(hostile).slice(1)).flat();
    const risky = cells.filter((c) => /^(?:[\t\r]|\s*[=+\-@])/.test(c));
    assert.deepEqual(risky, []);
    assert.ok(cells.some((c) => c.startsWith('\'=HYPERLINK(')), 'the outlet named by a formula is shown, guarded');
  });
});

describe('csvField', () => {
  it('round-trips commas, quotes and line breaks', () => {
    for (const value of ['plain', 'a, b', 'say "no"', 'two\nlines', 'crlf\r\nhere', ' edge ', '"', '', 'naïve café — 東京']) {
      const [[back]] = [parseCsv(`${csvField(value)}\r\n`)[0]!];
      assert.equal(back, value);
    }
  });

  it('puts an apostrophe before formulas', () => {
    for (const value of ['=1+1', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '  =HYPERLINK("x")']) {
      const [[back]] = [parseCsv(`${csvField(value)}\r\n`)[0]!];
      assert.equal(back, `'${value}`);
    }
    assert.equal(csvField('2+3'), '2+3');
  });

  it('shows escapes and bidi overrides as text', () => {
    assert.equal(csvField('a\u001b[31mb\u0007\u202e'), 'a\\u001b[31mb\\u0007\\u202e');
  });
});
