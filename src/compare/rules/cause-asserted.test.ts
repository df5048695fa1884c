import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const LINK = 'Regulators said the rise in asthma cases was linked to emissions from the Harlow smelter.';

test('a cause told where the others report a link is a meaning change', () => {
  const found = flags({ a: LINK, b: LINK, c: LINK.replace('was linked to', 'was caused by') });
  assert.ok(found.includes('c meaning caused by'), found.join('\n'));
});

test('a link told where the others tell a cause is not flagged by this rule, nor "tied" for "linked"', () => {
  const cause = LINK.replace('was linked to', 'was caused by');
  assert.ok(!flags({ a: cause, b: cause, c: LINK }).some((f) => f.startsWith('c meaning linked')));
  assert.deepEqual(flags({ a: LINK, b: LINK, c: LINK.replace('linked', 'tied') }).filter((f) => f.includes(' meaning ')), []);
});
