import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeWith } from './decode-with.ts';

test('windows-1252 maps 0x80-0x9f to punctuation, not control characters', () => {
  assert.equal(decodeWith(Uint8Array.from([0x93, 0x80, 0x94, 0x96, 0xe9]), 'windows-1252'), '“€”–é');
});

test('other encodings go through TextDecoder', () => {
  assert.equal(decodeWith(Uint8Array.from([0xc1, 0xc2]), 'iso-8859-7'), 'ΑΒ');
});
