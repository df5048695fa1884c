import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTitle } from './read-title.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string, title: string | null = null) => readTitle({ units: splitLines(body), meta: { ...meta, title } });

test('readTitle reads the first short unpunctuated line and removes its copies', () => {
  const state = run('Harbor bridge reopens after repairs | Harbor Daily\n\nHarbor bridge reopens after repairs\nThe bridge reopened on Monday.');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['title', 'title', 'kept']);
  assert.equal(state.meta.title, 'Harbor bridge reopens after repairs');
  assert.equal(state.meta.outlet, 'Harbor Daily');
});

test('readTitle finds no title when the page opens with a paragraph', () => {
  const state = run('The bridge reopened on Monday after eight months of repairs.\nShift in traffic');
  assert.equal(state.meta.title, null);
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['kept', 'kept']);
});

test('readTitle removes lines equal to a title the input carried', () => {
  const state = run('Bridge “reopens”\nThe bridge reopened on Monday.', 'Bridge "reopens"');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['title', 'kept']);
});

test('readTitle removes an account prompt run into the menu above the headline, however many items it has', () => {
  const units = splitLines([
    'Luskar Daily Courant',
    'Subscribe from €1 a week | Sign in Home | Seravia | Luskar | Politics | Business | Climate | Sport | Opinion',
    'Seravia › Health',
    'Heatwave death toll rises to 1,270 as ministry publishes full estimate',
    'By Solveig Enqvist, Health Correspondent',
    'An estimated 1,270 more people died than would normally be expected during the 12-day heatwave, the ministry said.',
  ].join('\n')).map((u) => (u.text.startsWith('By ') ? { ...u, removed: 'byline' as const } : u));
  const state = readTitle({ units, meta });
  assert.equal(state.meta.title, 'Heatwave death toll rises to 1,270 as ministry publishes full estimate');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['site-chrome', 'site-chrome', 'navigation', 'title', 'byline', 'kept']);
});

test('readTitle removes a menu run into the account prompt below it, whatever the length of its last item', () => {
  const units = splitLines([
    'Velden Evening Star',
    'Home | News | Velden | Harbour | Islands | Sport | Weather | Culture | What\'s On Log in | Subscribe from 2 marks a week',
    'Ferry timetable cut as crews strike for a second day',
    'By Oren Talvik',
    'Half of the ferries between Velden and the islands stayed in port on Tuesday as crews walked out again.',
  ].join('\n')).map((u) => (u.text.startsWith('By ') ? { ...u, removed: 'byline' as const } : u));
  const state = readTitle({ units, meta });
  assert.equal(state.meta.title, 'Ferry timetable cut as crews strike for a second day');
  // (removed as a menu or as an account prompt: both are page furniture)
  assert.deepEqual(state.units.map((u) => (u.removed === 'navigation' ? 'site-chrome' : u.removed ?? 'kept')), ['site-chrome', 'site-chrome', 'title', 'byline', 'kept']);
});

test('readTitle keeps a standfirst between the headline and the byline as text', () => {
  const units = splitLines([
    'News › Harbour',
    'Ferry strike latest: half of sailings cancelled, but island routes run a reduced service',
    'Crews walk out over rota changes for a second day',
    'By Oren Talvik',
    'Half of the ferries between Velden and the islands stayed in port on Tuesday as crews walked out again.',
  ].join('\n')).map((u) => (u.text.startsWith('By ') ? { ...u, removed: 'byline' as const } : u));
  const state = readTitle({ units, meta });
  assert.equal(state.meta.title, 'Ferry strike latest: half of sailings cancelled, but island routes run a reduced service');
  assert.deepEqual(state.units.map((u) => u.removed ?? 'kept'), ['navigation', 'title', 'kept', 'byline', 'kept']);
});
