import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const FULL = '"We have suspended flights to the island while engineers inspect the runway," the airline\'s spokesman said.';

test('a verb changed inside a quotation is one misquote, not also a different event', () => {
  const found = flags({ a: FULL, b: FULL, c: FULL.replace('suspended', 'cancelled') });
  assert.ok(found.includes('c quote cancelled'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});

test('the same verb changed outside any quotation is still a different event', () => {
  const plain = 'The airline has suspended flights to the island while engineers inspect the runway, its spokesman said.';
  const found = flags({ a: plain, b: plain, c: plain.replace('suspended', 'cancelled') });
  assert.ok(found.some((f) => f.startsWith('c meaning')), found.join('\n'));
});
