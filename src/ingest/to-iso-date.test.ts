import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './to-iso-date.ts';

test('common date forms become ISO UTC', () => {
  assert.equal(toIsoDate('2026-02-21T16:11:00+03:00'), '2026-02-21T13:11:00Z');
  assert.equal(toIsoDate('Sat, 21 Feb 2026 10:00:00 GMT'), '2026-02-21T10:00:00Z');
  assert.equal(toIsoDate('2026-02-21'), '2026-02-21');
  assert.equal(toIsoDate('2026-02-21 08:30'), '2026-02-21T08:30:00Z');
  assert.equal(toIsoDate(1771668000), '2026-02-21T10:00:00Z');
  assert.equal(toIsoDate(1771668000000), '2026-02-21T10:00:00Z');
  assert.equal(toIsoDate('1771668000'), '2026-02-21T10:00:00Z');
});

test('milliseconds are written only when they are not zero', () => {
  assert.equal(toIsoDate('2026-03-04T19:20:00.000Z'), '2026-03-04T19:20:00Z');
  assert.equal(toIsoDate('2026-03-04T19:20:00.250Z'), '2026-03-04T19:20:00.250Z');
  assert.equal(toIsoDate(1771668000123), '2026-02-21T10:00:00.123Z');
});

test('unreadable dates are dropped', () => {
  assert.equal(toIsoDate('last Tuesday'), undefined);
  assert.equal(toIsoDate(''), undefined);
  assert.equal(toIsoDate(null), undefined);
  assert.equal(toIsoDate({}), undefined);
  assert.equal(toIsoDate(Number.NaN), undefined);
});
