import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { gunzipLimited } from './gunzip-limited.ts';
import { InputError } from './input-error.ts';

test('gzip data is unpacked', () => {
  assert.equal(Buffer.from(gunzipLimited(gzipSync('naïve text'), 1000)).toString('utf8'), 'naïve text');
});

test('output past the limit is refused', () => {
  const bomb = gzipSync(Buffer.alloc(200_000, 0x61));
  assert.ok(bomb.length < 2000);
  assert.throws(() => gunzipLimited(bomb, 100_000), (e: unknown) =>
    e instanceof InputError && e.message === 'Larger than the size limit (100000 bytes) once unpacked');
});

test('corrupt gzip is an input error', () => {
  const bad = gzipSync('some words to pack').subarray(0, 12);
  assert.throws(() => gunzipLimited(bad, 1000), (e: unknown) => e instanceof InputError && e.message === 'Not valid gzip data');
});
