import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeMixedUtf8 } from './decode-mixed-utf8.ts';

test('valid UTF-8 is decoded and counted', () => {
  assert.deepEqual(decodeMixedUtf8(Buffer.from('a é 😀 “', 'utf8')), { text: 'a é 😀 “', multibyte: 3, invalid: 0 });
});

test('stray bytes read as windows-1252 between valid UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from('é', 'utf8'), Buffer.from([0x93, 0x41, 0x94, 0xe9])]);
  assert.deepEqual(decodeMixedUtf8(bytes), { text: 'é“A”é', multibyte: 1, invalid: 3 });
});

test('overlong forms, surrogates and truncated sequences are not UTF-8', () => {
  assert.equal(decodeMixedUtf8(Buffer.from([0xc0, 0xaf])).invalid, 2);
  assert.equal(decodeMixedUtf8(Buffer.from([0xed, 0xa0, 0x80])).invalid, 3);
  assert.equal(decodeMixedUtf8(Buffer.from([0xe2, 0x80])).text, 'â€');
});
