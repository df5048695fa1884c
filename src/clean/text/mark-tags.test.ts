import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markTags } from './mark-tags.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (body: string) => markTags({ units: splitLines(body), meta }).units.map((u) => u.removed ?? 'kept');

test('markTags removes labelled tag lists, inline or one per line', () => {
  const body = ['Tags: ports, ferries, city council', 'Topics:', 'Harbor', 'Transport', '', 'The ferry sails at noon.'].join('\n');
  assert.deepEqual(reasons(body), ['tags', 'tags', 'tags', 'tags', 'kept']);
});

test('markTags keeps sentences that start with a tag word', () => {
  const body = 'Topics discussed included fares and timetables, the council said.\nCategory five storms are rare here.';
  assert.deepEqual(reasons(body), ['kept', 'kept']);
});
