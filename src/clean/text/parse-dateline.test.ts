import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from './parse-dateline.ts';

test('parseDateline reads zoned, zoneless and date-only datelines as UTC', () => {
  assert.equal(parseDateline('March 4, 2026 09:30 AM GMT+02:00')?.published, '2026-03-04T07:30:00Z');
  assert.equal(parseDateline('Published: Mar 4, 2026, 10:15 a.m. ET')?.published, '2026-03-04T15:15:00Z');
  assert.equal(parseDateline('Wednesday, March 4, 2026')?.published, '2026-03-04');
  assert.equal(parseDateline('4 March 2026 14:02')?.published, '2026-03-04T14:02:00Z');
  assert.equal(parseDateline('Mar. 4, 2026 | 9:45 AM EST')?.published, '2026-03-04T14:45:00Z');
});

test('a time apart from its date keeps the daylight saving of that date', () => {
  assert.equal(parseDateline('Jul 14, 2026 • 8:20 a.m. ET')?.published, '2026-07-14T12:20:00Z');
  assert.equal(parseDateline('Dec 14, 2026 • 8:20 a.m. ET')?.published, '2026-12-14T13:20:00Z');
});

test('parseDateline reads an author after the date and notes updates', () => {
  const line = parseDateline('Wednesday, March 4, 2026 by Ana Ruiz and Tom Lee');
  assert.deepEqual(line, { published: '2026-03-04', updated: false, names: ['Ana Ruiz', 'Tom Lee'] });
  assert.equal(parseDateline('Updated: March 5, 2026')?.updated, true);
});

test('parseDateline refuses lines that are more than a date', () => {
  assert.equal(parseDateline('On March 3, the ferry sank near the pier.'), null);
  assert.equal(parseDateline('Impact of the March 3 storm'), null);
  assert.equal(parseDateline('March 3'), null);
  assert.equal(parseDateline('2 hours ago'), null);
});
