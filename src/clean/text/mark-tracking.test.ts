import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markTracking } from './mark-tracking.ts';

const reasons = (body: string) => reasonsAfter(markTracking, body);

test('markTracking removes lone lowercase tokens', () => {
  assert.deepEqual(reasons('The ferry sails.\ntracking\nutm_source=rss\nshare'), ['kept', 'tracking', 'tracking', 'site-chrome']);
});

test('markTracking keeps one-word lines that read as words of the page', () => {
  assert.deepEqual(reasons('Background\nYes.\nNATO\n2019'), ['kept', 'kept', 'kept', 'kept']);
});
