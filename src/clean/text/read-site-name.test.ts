import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSiteName } from './read-site-name.ts';
import { splitLines } from './split-lines.ts';
import type { TextState } from './text-state.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const run = (body: string, removeLast = false): TextState => {
  const units = splitLines(body).map((u, i, all) => (removeLast && i === all.length - 1 ? { ...u, removed: 'copyright' as const } : u));
  return readSiteName({ units, meta });
};

test('readSiteName reads a domain, a CamelCase name or a name echoed below', () => {
  assert.equal(run('Harbor media Harbor.news\n\nBridge reopens after eight months').meta.outlet, 'Harbor.news');
  assert.equal(run('HarborDaily\n\nBridge reopens after eight months').meta.outlet, 'HarborDaily');
  const echoed = run('Harbor Daily\nBridge reopens after eight months\nThe ferry sails.\n© Harbor Daily 2026', true);
  assert.equal(echoed.meta.outlet, 'Harbor Daily');
  assert.equal(echoed.units[0]!.removed, 'site-chrome');
});

test('readSiteName reads a masthead above a longer headline', () => {
  const state = run('Harbor Daily\n\nFerry service to resume on the north route\nThe operator said so on Thursday.');
  assert.equal(state.meta.outlet, 'Harbor Daily');
});

test('readSiteName leaves titles and first paragraphs alone', () => {
  const title = run('Bridge Reopens\nThe old harbor bridge reopened on Monday after eight months of repairs.');
  assert.equal(title.meta.outlet, null);
  assert.equal(title.units[0]!.removed, undefined);
});

test('readSiteName prefers the masthead to the company a copyright line names', () => {
  const units = splitLines('Harbor Daily\nBridge reopens after eight months\nThe ferry sails.\n© 2026 Harbor Daily Media Group, LLC');
  const state = readSiteName({ units: units.map((u, i) => (i === 3 ? { ...u, removed: 'copyright' as const } : u)), meta: { ...meta, owner: 'Harbor Daily Media Group, LLC' } });
  assert.equal(state.meta.outlet, 'Harbor Daily');
  const other = readSiteName({ units: splitLines('Harbor Daily\nBridge reopens after eight months\nThe ferry sails.'), meta: { ...meta, outlet: 'Coast Media' } });
  assert.equal(other.meta.outlet, 'Coast Media');
});

test('readSiteName spells a shouted masthead as the page writes it elsewhere', () => {
  const units = splitLines('HARBORLINE\nBridge reopens after eight months of repairs\nThe ferry sails.\n© Harborline Media 2026');
  const state = readSiteName({ units: units.map((u, i) => (i === 3 ? { ...u, removed: 'copyright' as const } : u)), meta });
  assert.equal(state.meta.outlet, 'Harborline');
  assert.equal(state.units[0]!.removed, 'site-chrome');
});
