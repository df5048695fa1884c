import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDocument } from './clean-document.ts';

const body = 'Ferry fares rise\n\nPORTVILLE, March 4 (Reuters) - Ferry fares will rise by 12 percent in the spring, the harbour authority said on Tuesday.';

test('cleanDocument names the outlet of wire copy from its dateline when nothing else does', () => {
  assert.equal(cleanDocument({ source: 'a.txt', format: 'text', body, meta: {} }).outlet, 'Reuters');
  assert.equal(cleanDocument({ source: 'a.txt', format: 'text', body, meta: { outlet: 'Harbor Daily' } }).outlet, 'Harbor Daily');
});
