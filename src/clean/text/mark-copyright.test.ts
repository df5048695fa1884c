import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCopyright } from './mark-copyright.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string) => markCopyright({ units: splitLines(body), meta });

test('markCopyright removes copyright lines and reads the owner (the outlet when the page names no other)', () => {
  const state = run('The ferry sails at noon.\n© Harbor Daily 2026. All rights reserved.\nCopyright 2020-2026 Other Owner');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['kept', 'copyright', 'copyright']);
  assert.equal(state.meta.owner, 'Harbor Daily');
});

test('markCopyright keeps sentences about copyright and skips owners that are not names', () => {
  const state = run('The court ruled that the copyright on the photo had expired.\n© 2026 @harbor / photos.example');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['kept', 'copyright']);
  assert.equal(state.meta.owner ?? null, null);
});

test('markCopyright removes wire rights notices', () => {
  const state = run('The ferry sails at noon.\nThis material may not be published, broadcast, rewritten or redistributed.\nOur Standards: The Example Wire Trust Principles.');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['kept', 'copyright', 'copyright']);
});

test('markCopyright leaves the legal form off the owner: "Bloomberg L.P." names Bloomberg', () => {
  assert.equal(run('The ferry sails at noon.\n©2027 Bloomberg L.P.').meta.owner, 'Bloomberg');
  assert.equal(run('The ferry sails at noon.\n© 2026 Harbor Daily Media, Inc. All rights reserved.').meta.owner, 'Harbor Daily Media');
  assert.equal(run('The ferry sails at noon.\n© 2026 Northern Co-operative Press').meta.owner, 'Northern Co-operative Press');
});
