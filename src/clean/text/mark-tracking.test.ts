import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markTracking } from './mark-tracking.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (body: string) => markTracking({ units: splitLines(body), meta }).units.map((u) => u.removed ?? 'kept');

test('markTracking removes lone lowercase tokens', () => {
  assert.deepEqual(reasons('The ferry sails.\ntracking\nutm_source=rss\nshare'), ['kept', 'tracking', 'tracking', 'site-chrome']);
});

test('markTracking keeps one-word lines that read as words of the page', () => {
  assert.deepEqual(reasons('Background\nYes.\nNATO\n2019'), ['kept', 'kept', 'kept', 'kept']);
});
