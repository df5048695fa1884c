import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSize } from './format-size.ts';

test('sizes read naturally', () => {
  assert.equal(formatSize(512), '512 bytes');
  assert.equal(formatSize(1024), '1 KiB');
  assert.equal(formatSize(10 * 1024 * 1024), '10 MiB');
  assert.equal(formatSize(1500), '1500 bytes');
  assert.equal(formatSize(3_000_000), '2.9 MiB');
});
