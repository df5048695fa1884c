import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markTags } from './mark-tags.ts';

const reasons = (body: string) => reasonsAfter(markTags, body);

test('markTags removes labelled tag lists, inline or one per line', () => {
  const body = ['Tags: ports, ferries, city council', 'Topics:', 'Harbor', 'Transport', '', 'The ferry sails at noon.'].join('\n');
  assert.deepEqual(reasons(body), ['tags', 'tags', 'tags', 'tags', 'kept']);
});

test('markTags keeps sentences that start with a tag word', () => {
  const body = 'Topics discussed included fares and timetables, the council said.\nCategory five storms are rare here.';
  assert.deepEqual(reasons(body), ['kept', 'kept']);
});
