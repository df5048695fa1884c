import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropRepeatedParagraphs } from './drop-repeated-paragraphs.ts';
import { splitLines } from './split-lines.ts';
import type { Unit } from './text-state.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (units: Unit[]) => dropRepeatedParagraphs({ units, meta }).units.map((u) => u.removed ?? 'kept');
const para = 'For a decade the ferry was the only link between the two halves of the city, carrying workers, students and freight across the bay.';
const reworded = 'For a decade the ferry was the only link between both halves of the city, carrying workers, pupils and freight across the bay.';

test('dropRepeatedParagraphs keeps the first of two equal paragraphs', () => {
  const units = splitLines(`${para}\nThe bridge reopened.\n${para.replace(/ /g, '  ')}`);
  assert.deepEqual(reasons(units), ['kept', 'kept', 'duplicate-paragraph']);
});

test('dropRepeatedParagraphs finds reworded repeats and drops the standfirst copy above the byline', () => {
  const units = splitLines(`${para}\nBy Ana Ruiz\nThe bridge reopened.\n${reworded}`).map((u, i) => (i === 1 ? { ...u, removed: 'byline' as const } : u));
  assert.deepEqual(reasons(units), ['duplicate-paragraph', 'byline', 'kept', 'kept']);
});

test('dropRepeatedParagraphs keeps different paragraphs on the same subject', () => {
  const other = 'The ferry will keep running at weekends for tourists, the operator said, though the timetable will be cut to four crossings.';
  assert.deepEqual(reasons(splitLines(`${para}\n${other}`)), ['kept', 'kept']);
});
