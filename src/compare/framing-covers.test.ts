import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('a loaded adjective added before a shared noun is framing, not also an added detail', () => {
  const plain = 'Health officials linked the illnesses to raw oysters sold at two seafood markets, the agency said.';
  const found = flags({ a: plain, b: plain, c: plain.replace('to raw oysters', 'to tainted raw oysters') });
  assert.ok(found.includes('c framing tainted'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes(' detail_added ')), []);
});

test('a loaded word that comes with a real added detail leaves the detail flagged', () => {
  const plain = 'Health officials linked the illnesses to raw oysters sold at two seafood markets, the agency said.';
  const found = flags({ a: plain, b: plain, c: plain.replace('to raw oysters', 'to tainted raw oysters harvested in Maine') });
  assert.ok(found.includes('c framing tainted'), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('c detail_added')), found.join('\n'));
});

