import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markTeasers } from './mark-teasers.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (body: string) => reasonsAfter(markTeasers, body);

test('markTeasers removes teaser lines of several shapes', () => {
  const body = [
    'Also Read | Mayor opens new ferry terminal',
    'Read more: Why the old bridge failed',
    'More From Harbor Daily',
    'RELATED',
    'Ferry fares to rise in spring',
    'Port strike ends after a week',
    '',
    'The bridge reopened on Monday after eight months of repairs.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['teaser', 'teaser', 'teaser', 'teaser', 'teaser', 'teaser', 'kept']);
});

test('markTeasers keeps sentences that merely start with a teaser word', () => {
  const body = [
    'Related companies also reported losses in the quarter, the agency said.',
    'Watch officials closely over the next weeks, the analyst said.',
    'More from the interview will air on Sunday night, the station said in a statement.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'kept', 'kept']);
});

test('markTeasers removes the headlines listed under a "More From <outlet>" heading, up to the prose', () => {
  const body = [
    'The bridge reopened on Monday after eight months of repairs.',
    'More From Harbor Daily',
    'Ferry fares to rise in spring',
    'Port strike talks resume after a pause',
    '',
    'Officials said the repairs came in under budget.',
  ].join('\n');
  assert.deepEqual(reasons(body), ['kept', 'teaser', 'teaser', 'teaser', 'kept']);
});

test('markTeasers takes headlines set apart by blank lines only when there are several', () => {
  const listed = ['Most Read', '', 'Ferry fares to rise in spring', '', 'Port strike talks resume after a pause', '', 'The bridge reopened on Monday.'].join('\n');
  assert.deepEqual(reasons(listed), ['teaser', 'teaser', 'teaser', 'kept']);
  const subheading = ['Related', '', 'What the inspectors found', 'The inspectors found rust on three of the cables.'].join('\n');
  assert.deepEqual(reasons(subheading), ['teaser', 'kept', 'kept']);
});

test('markTeasers ends a teaser list at a line another rule removed', () => {
  const units = splitLines(['More From Harbor Daily', 'Ferry fares to rise in spring', '', '© Harbor Daily 2026', '', 'Harbor Bridge: Key Questions', '', 'Why did work stop?', '', 'Cracks were found.'].join('\n'));
  const state = { units: units.map((u, i) => (i === 2 ? { ...u, removed: 'copyright' as const } : u)), meta };
  assert.deepEqual(markTeasers(state).units.map((u) => u.removed ?? 'kept'), ['teaser', 'teaser', 'copyright', 'kept', 'kept', 'kept']);
});
