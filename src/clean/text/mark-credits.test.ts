import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCredits } from './mark-credits.ts';
import { splitLines } from './split-lines.ts';

const run = (body: string, byline: string | null = null) =>
  markCredits({ units: splitLines(body), meta: { title: null, byline, outlet: null, published: null } });

test('markCredits removes a sign-off and reads its reporters as the byline when there is none', () => {
  const state = run('The ferry sails at noon.\n\n(Reporting by Ana Ruiz in Geneva; Editing by Tom Lee)');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['kept', 'credits']);
  assert.equal(state.meta.byline, 'Ana Ruiz');
});

test('markCredits keeps a byline read earlier', () => {
  const state = run('The ferry sails at noon.\n\nReporting by Ana Ruiz; Editing by Tom Lee', 'Li Wei');
  assert.equal(state.units[1]?.removed, 'credits');
  assert.equal(state.meta.byline, 'Li Wei');
});
