import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordTokens } from './word-tokens.ts';

const norms = (text: string): string[] => wordTokens(text, { start: 0, end: text.length }).map((t) => t.norm);

test('names written several ways read as one word', () => {
  assert.deepEqual(norms('the United States'), norms('the U.S.'));
  assert.deepEqual(norms('American troops'), norms('US troops'));
});

test('a region named after America is not the United States', () => {
  const region = norms('the South American nation');
  assert.equal(region.length, 3);
  assert.ok(!region.includes(norms('US')[0]!), region.join(' '));
  assert.notDeepEqual(norms('Latin American leaders'), norms('American leaders'));
});
