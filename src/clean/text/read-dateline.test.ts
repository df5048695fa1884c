import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDateline } from './read-dateline.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string) => readDateline({ units: splitLines(body), meta });

test('readDateline removes datelines and prefers the first publication date over updates', () => {
  const state = run('Updated: March 5, 2026 08:00 GMT\nMarch 4, 2026 09:30 AM GMT+02:00\nThe ferry sails at noon.\nMarch 4, 2026 09:30 AM GMT+02:00');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['dateline', 'dateline', 'kept', 'dateline']);
  assert.equal(state.meta.published, '2026-03-04T07:30:00Z');
});

test('readDateline falls back to the update date and reads an author', () => {
  const state = run('Updated March 5, 2026 by Ana Ruiz\nThe ferry sails at noon.');
  assert.equal(state.meta.published, '2026-03-05');
  assert.equal(state.meta.byline, 'Ana Ruiz');
});
