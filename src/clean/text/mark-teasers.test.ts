import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markTeasers } from './mark-teasers.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (body: string) => markTeasers({ units: splitLines(body), meta }).units.map((u) => u.removed ?? 'kept');

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
