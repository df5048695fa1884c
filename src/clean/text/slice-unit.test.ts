import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sliceUnit } from './slice-unit.ts';
import type { Unit } from './text-state.ts';

test('sliceUnit clips pieces so each part still maps onto the body', () => {
  const body = 'xx The old bridge\nreopened today. yy';
  const unit: Unit = { text: 'The old bridge reopened today.', pieces: [{ start: 3, end: 17 }, { start: 18, end: 33 }], blankBefore: true, role: 'body' };
  const part = sliceUnit(unit, 8, 24);
  assert.equal(part.text, 'bridge reopened');
  assert.deepEqual(part.pieces.map((p) => body.slice(p.start, p.end)), ['bridge', 'reopened']);
  const tail = sliceUnit(unit, 14, 30);
  assert.deepEqual(tail.pieces.map((p) => body.slice(p.start, p.end)), ['reopened today.']);
  assert.equal(tail.text, 'reopened today.');
});
