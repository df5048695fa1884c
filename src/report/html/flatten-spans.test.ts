import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { flattenSpans } from './flatten-spans.ts';

describe('flattenSpans', () => {
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
});
