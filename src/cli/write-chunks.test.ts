import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { writeChunks } from './write-chunks.ts';

const pieces = (n: number): string[] => Array.from({ length: n }, (_, i) => `{"row": ${i}, "text": "${'x'.repeat(200)}"},\n`);

test('every piece arrives, in order, through a stream that keeps asking to wait', async () => {
  let got = '';
  let waits = 0;
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk, _encoding, done) { got += String(chunk); waits++; setImmediate(done); },
  });
  await writeChunks(slow, pieces(5_000));
  assert.equal(got, pieces(5_000).join(''));
  assert.ok(waits > 10, 'written in blocks, not as one string');
});

test('a reader that goes away ends the writing without an error or a hang', async () => {
  let blocks = 0;
  const leaving = new Writable({
    highWaterMark: 1024,
    write(_chunk, _encoding, done) { blocks++; if (blocks === 3) leaving.destroy(); else setImmediate(done); },
  });
  leaving.on('error', () => {});
  await writeChunks(leaving, pieces(50_000));
  assert.equal(blocks, 3);
});
