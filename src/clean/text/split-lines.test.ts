import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './split-lines.ts';

test('splitLines keeps exact ranges and notes blank lines before', () => {
  const body = '  Harbor news\r\n\r\nThe bridge opened.\nIt rained.\u00a0\n\u200B\nEnd';
  const units = splitLines(body);
  assert.deepEqual(units.map((u) => u.text), ['Harbor news', 'The bridge opened.', 'It rained.', 'End']);
  assert.deepEqual(units.map((u) => u.blankBefore), [true, true, false, true]);
  for (const unit of units) {
    const piece = unit.pieces[0]!;
    assert.equal(body.slice(piece.start, piece.end), unit.text);
  }
});

test('splitLines trims the marks that set a right-to-left line\'s direction, keeping exact ranges', () => {
  const body = '\u200Fصحيفة الوادي\u200F\n\u202Bاقتصاد\u202C\n\u200F\n\u2067خبر\u2069';
  const units = splitLines(body);
  assert.deepEqual(units.map((u) => u.text), ['صحيفة الوادي', 'اقتصاد', 'خبر']);
  assert.deepEqual(units.map((u) => u.blankBefore), [true, false, true]);
  for (const unit of units) assert.equal(body.slice(unit.pieces[0]!.start, unit.pieces[0]!.end), unit.text);
});

test('splitLines returns nothing for a blank body', () => {
  assert.deepEqual(splitLines(' \n\t\n'), []);
});
