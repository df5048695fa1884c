import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtcIso } from './to-utc-iso.ts';

test('keeps UTC times and drops milliseconds', () => {
  assert.equal(toUtcIso('2026-02-21T13:11:00Z'), '2026-02-21T13:11:00Z');
  assert.equal(toUtcIso('2026-02-21T13:11:00.123Z'), '2026-02-21T13:11:00Z');
});

test('converts offsets with or without a colon', () => {
  assert.equal(toUtcIso('2026-02-21T16:11:00+03:00'), '2026-02-21T13:11:00Z');
  assert.equal(toUtcIso('2019-11-19T06:51:00-0500'), '2019-11-19T11:51:00Z');
});

test('reads a time without a zone as UTC, and a bare date as a day', () => {
  assert.equal(toUtcIso('2019-11-19 06:51:00'), '2019-11-19T06:51:00Z');
  assert.equal(toUtcIso('2019-11-19'), '2019-11-19');
});

test('reads RFC 2822, long English dates and epoch seconds', () => {
  assert.equal(toUtcIso('Tue, 19 Nov 2019 06:51:00 -0500'), '2019-11-19T11:51:00Z');
  assert.equal(toUtcIso('November 19, 2019'), '2019-11-19');
  assert.equal(toUtcIso('1574146260'), '2019-11-19T06:51:00Z');
});

test('returns null for text that is not a date', () => {
  assert.equal(toUtcIso('yesterday-ish'), null);
  assert.equal(toUtcIso(''), null);
  assert.equal(toUtcIso(undefined), null);
});
