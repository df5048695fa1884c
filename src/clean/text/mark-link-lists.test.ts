import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsAfter } from './_rule-reasons.ts';
import { markLinkLists } from './mark-link-lists.ts';

const reasons = (body: string) => reasonsAfter(markLinkLists, body);

test('markLinkLists removes menus printed one link per line', () => {
  const menu = ['Politics', 'Opinion', 'Harbor Sports', 'The ferry sails at noon.'].join('\n');
  assert.deepEqual(reasons(menu), ['navigation', 'navigation', 'navigation', 'kept']);
  const links = ['Ferry fares', 'Bridge works', 'Port strike', 'Pier plan', 'Tree planting', 'Bay water', 'The ferry sails at noon.'].join('\n');
  assert.deepEqual(reasons(links), [...Array(6).fill('navigation'), 'kept']);
});

test('markLinkLists keeps headings between paragraphs and short lists of other words', () => {
  const body = ['Harbor bridge reopens', 'The ferry sails at noon.', 'Shift in traffic', 'Cars return to the bridge.', 'Ana Ruiz', 'Tom Lee', 'Mara Quinn'].join('\n');
  assert.deepEqual(reasons(body), Array(7).fill('kept'));
});
