import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlData } from '../html-data.ts';
import { hostileReport } from '../_report-for-test.ts';
import { bigStoryReport } from '../_big-report-for-test.ts';
import { clientInVm, type ClientRange } from '../_client-in-vm.ts';

const { flattenSpans } = clientInVm(htmlData(hostileReport()));

// The marks covering each position, read off the ranges one by one: what the segments must say.
function marksAt(ranges: readonly ClientRange[], at: number): number[] {
  return ranges.filter((r) => r.start <= at && at < r.end).map((r) => r.mark);
}

describe('the report script\'s flattenSpans', () => {
  it('leaves disjoint ranges as they are and skips unmarked text and empty ranges', () => {
    assert.deepEqual(flattenSpans([{ start: 10, end: 12, mark: 1 }, { start: 0, end: 4, mark: 0 }, { start: 5, end: 5, mark: 2 }]), [
      { start: 0, end: 4, marks: [0] },
      { start: 10, end: 12, marks: [1] },
    ]);
  });

  it('cuts nested and crossing ranges into segments carrying every covering mark', () => {
    const ranges = [
      { start: 0, end: 20, mark: 0 },  // a sentence
      { start: 5, end: 9, mark: 1 },   // a divergence inside it
      { start: 15, end: 30, mark: 2 }, // a credit crossing its end
    ];
    assert.deepEqual(flattenSpans(ranges), [
      { start: 0, end: 5, marks: [0] },
      { start: 5, end: 9, marks: [0, 1] },
      { start: 9, end: 15, marks: [0] },
      { start: 15, end: 20, marks: [0, 2] },
      { start: 20, end: 30, marks: [2] },
    ]);
  });

  it('keeps touching ranges apart', () => {
    assert.deepEqual(flattenSpans([{ start: 5, end: 8, mark: 1 }, { start: 0, end: 5, mark: 0 }]), [
      { start: 0, end: 5, marks: [0] },
      { start: 5, end: 8, marks: [1] },
    ]);
  });

  it('gives every position the marks that cover it, in order, in ordered segments that never touch with the same marks', () => {
    const range = fc.tuple(fc.nat(40), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(fc.property(fc.array(range, { maxLength: 8 }), (spans) => {
      const ranges = spans.map((s, mark) => ({ ...s, mark }));
      const segments = flattenSpans(ranges);
      for (let k = 0; k < segments.length; k++) {
        const s = segments[k]!;
        assert.ok(s.end > s.start && (k === 0 || s.start >= segments[k - 1]!.end));
        if (k > 0 && s.start === segments[k - 1]!.end) assert.notDeepEqual(s.marks, segments[k - 1]!.marks);
      }
      for (let at = 0; at < 60; at++) {
        const segment = segments.find((s) => s.start <= at && at < s.end);
        assert.deepEqual(segment?.marks ?? [], marksAt(ranges, at), `position ${at}`);
      }
    }));
  });
});

describe('the report script\'s outletHighlights', () => {
  for (const [name, report] of [['the hostile report', hostileReport()], ['a story of 60 versions', bigStoryReport(60)]] as const) {
    it(`marks in ${name} every claim, outlet-only passage, divergence and credit of an outlet over its whole span`, () => {
      const data = htmlData(report);
      const client = clientInVm(data);
      data.outlets.forEach((o, i) => {
        const { marks, segments } = client.outletHighlights(i);
        let last = 0;
        for (const [start, end] of segments) {
          assert.ok(start! >= last && end! > start! && end! <= o.text.length, `segment [${start}, ${end}) of outlet ${i}`);
          last = end!;
        }
        const covered = (type: number, ref: number): number => {
          const mark = [...Array(marks.length / 2).keys()].find((m) => marks[2 * m] === type && marks[2 * m + 1] === ref);
          assert.ok(mark !== undefined, `mark ${type}:${ref} of outlet ${i}`);
          return segments.filter((seg) => seg.slice(2).includes(mark)).reduce((n, seg) => n + seg[1]! - seg[0]!, 0);
        };
        data.divergences.forEach((d, k) => {
          if (d.o === i && d.t === 0) assert.equal(covered(1, k), d.b - d.a, `divergence ${k} is highlighted over its whole span`);
        });
        data.rows.forEach((row, r) => {
          const j = client.cellAt(row, i);
          if (j >= 0) assert.equal(covered(row.kind === 'claim' ? 0 : 2, r), row.b[j]! - row.a[j]!, `row ${r} in outlet ${i}`);
        });
        data.origins.forEach((g, k) => {
          for (let e = 0; e < g.evidence.length; e += 3) if (g.evidence[e] === i) assert.ok(covered(3, k) > 0, `credit ${k} in outlet ${i}`);
        });
      });
    });
  }
});
