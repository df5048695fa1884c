import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOutletHint } from './read-outlet-hint.ts';
import type { TextMeta, Unit } from './text-state.ts';

const meta: TextMeta = { title: null, byline: 'Ana Ruiz', outlet: null, published: null };
const teaser = (text: string): Unit => ({ text, pieces: [{ start: 0, end: text.length }], blankBefore: true, role: 'body', removed: 'teaser' });

test('readOutletHint reads the outlet from a "More from" teaser', () => {
  assert.equal(readOutletHint({ units: [teaser('More From Harbor Daily')], meta }).meta.outlet, 'Harbor Daily');
});

test('readOutletHint ignores author pages and keeps an outlet already read', () => {
  assert.equal(readOutletHint({ units: [teaser('More from Ana Ruiz')], meta }).meta.outlet, null);
  assert.equal(readOutletHint({ units: [teaser('More From Harbor Daily')], meta: { ...meta, outlet: 'Bay Times' } }).meta.outlet, 'Bay Times');
});
