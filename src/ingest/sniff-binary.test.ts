import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { sniffBinary } from './sniff-binary.ts';

test('gzip is recognised by its magic number', () => {
  assert.deepEqual(sniffBinary(gzipSync('hello')), { kind: 'gzip' });
});

test('common binary formats are named', () => {
  assert.deepEqual(sniffBinary(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1')), { kind: 'unsupported', label: 'PDF' });
  assert.deepEqual(sniffBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), { kind: 'unsupported', label: 'PNG' });
  assert.deepEqual(sniffBinary(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), { kind: 'unsupported', label: 'JPEG' });
  assert.deepEqual(sniffBinary(Buffer.from('PK\u0003\u0004rest', 'latin1'), 'story.docx'), { kind: 'unsupported', label: 'DOCX' });
  assert.deepEqual(sniffBinary(Buffer.from('PK\u0003\u0004rest', 'latin1'), 'x.zip'), { kind: 'unsupported', label: 'ZIP' });
});

test('text is not binary', () => {
  assert.equal(sniffBinary(Buffer.from('<!doctype html><p>Hi</p>')), null);
  assert.equal(sniffBinary(Buffer.from('Plain news text.')), null);
  assert.equal(sniffBinary(Buffer.from('')), null);
});
