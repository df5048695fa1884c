import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// the texts carry no date of their own (as a wire copy whose dateline has no year): weekdays are read as days of the week
const BASE = 'Two dogs died on Sunday after swimming in the bay on the northern shore, local vets said.';

test('another day of the week in an undated article is a date changed', () => {
  const found = flags({ a: BASE, b: BASE, c: BASE.replace('on Sunday', 'on Saturday') });
  assert.ok(found.some((f) => f.startsWith('c date') && f.includes('Saturday')), found.join('\n'));
});

test('the same day of the week written otherwise is no finding', () => {
  const found = flags({ a: BASE, b: BASE, c: "Two dogs died on Sunday after a swim in the bay on the lake's northern shore, vets said." });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), []);
});

test('a name that opens with a weekday is no date', () => {
  const named = 'Friday Mills said two dogs died after swimming in the bay on the northern shore.';
  const found = flags({ a: named, b: named, c: named.replace('Friday Mills', 'Monday Mills') });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), []);
});
