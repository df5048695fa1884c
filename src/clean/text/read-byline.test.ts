import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline } from './read-byline.ts';
import { splitLines } from './split-lines.ts';
import type { TextState } from './text-state.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string) => readByline({ units: splitLines(body), meta });
const reasons = (state: TextState) => state.units.map((u) => u.removed ?? 'kept');

test('readByline reads "By" lines with several authors', () => {
  const state = run('The ferry sails at noon.\nBy Ana Ruiz and Tom Lee');
  assert.deepEqual(reasons(state), ['kept', 'byline']);
  assert.equal(state.meta.byline, 'Ana Ruiz and Tom Lee');
});

test('readByline reads a name beside a bare label, and a name with a role', () => {
  const labelled = run('Ana de la Cruz\nPublished by\n\nThe ferry sails at noon.');
  assert.deepEqual(reasons(labelled), ['byline', 'byline', 'kept']);
  assert.equal(labelled.meta.byline, 'Ana de la Cruz');
  const role = run('TOM LEE | Senior Reporter\nThe ferry sails at noon.');
  assert.equal(role.meta.byline, 'Tom Lee');
});

test('readByline reads an outlet from a staff byline and leaves wire credits to markCredits', () => {
  const state = run('By Harbor Daily Staff\nThe ferry sails at noon.\nReporting by Ana Ruiz; Editing by Tom Lee');
  assert.deepEqual(reasons(state), ['byline', 'kept', 'kept']);
  assert.equal(state.meta.outlet, 'Harbor Daily');
  assert.equal(state.meta.byline, null);
});

test('readByline keeps sentences that start with "By"', () => {
  const state = run('By Monday, the ferry had sailed.\nBy the end of the year, fares will rise.\nHarbor Bridge Reopens');
  assert.deepEqual(reasons(state), ['kept', 'kept', 'kept']);
});

test('readByline leaves agencies out of the authors and reads a date beside the name', () => {
  assert.equal(run('By ANA RUIZ, Associated Press\nThe ferry sails at noon.').meta.byline, 'Ana Ruiz');
  const dated = run('By Ana Ruiz | Published 3:45 PM EST, March 2, 2026\nThe ferry sails at noon.');
  assert.deepEqual(reasons(dated), ['byline', 'kept']);
  assert.equal(dated.meta.byline, 'Ana Ruiz');
  assert.equal(dated.meta.published, '2026-03-02T20:45:00Z');
});

test('readByline removes an agency role line under the byline, which names no author', () => {
  const state = run('By Ana Ruiz\nAP Science Writer\nThe ferry sails at noon.\nAP Photos Show Damage');
  assert.deepEqual(reasons(state), ['byline', 'byline', 'kept', 'kept']);
  assert.equal(state.meta.byline, 'Ana Ruiz');
});

test('readByline reads the author of a "By" line that names a desk after a comma, not the desk as an outlet', () => {
  const state = run('By Ana Ruiz, Foreign Desk\nThe ferry sails at noon.');
  assert.deepEqual(reasons(state), ['byline', 'kept']);
  assert.equal(state.meta.byline, 'Ana Ruiz');
  assert.equal(state.meta.outlet, null);
});
