import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readStream } from './read-stream.ts';
import { InputError } from './input-error.ts';

test('a stream is read whole', async () => {
  const got = await readStream(Readable.from([Buffer.from('ab'), 'cé']), 100);
  assert.equal(got.toString('utf8'), 'abcé');
});

test('a stream past the limit is refused', async () => {
  const chunks = Array.from({ length: 10 }, () => Buffer.alloc(100, 0x61));
  await assert.rejects(readStream(Readable.from(chunks), 512), (e: unknown) => e instanceof InputError && e.message === 'Larger than the size limit (512 bytes)');
});
