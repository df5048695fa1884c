import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { readFile } from './read-file.ts';
import { InputError } from './input-error.ts';
import { makeTempTree } from './_make-temp-tree.ts';

const failsWith = (reason: string) => (e: unknown): boolean => e instanceof InputError && e.message === reason;

test('files are read; missing, empty, oversized files and directories are input errors', async () => {
  const tree = await makeTempTree({ 'a.txt': 'hello', 'empty.txt': '', 'big.txt': 'x'.repeat(2048), 'locked.txt': 'secret' });
  try {
    assert.equal((await readFile(join(tree.dir, 'a.txt'), 100)).toString(), 'hello');
    await assert.rejects(readFile(join(tree.dir, 'nope.txt'), 100), failsWith('File not found'));
    await assert.rejects(readFile(join(tree.dir, 'a.txt', 'x'), 100), failsWith('File not found'));
    await assert.rejects(readFile(join(tree.dir, 'empty.txt'), 100), failsWith('File is empty'));
    await assert.rejects(readFile(join(tree.dir, 'big.txt'), 1024), failsWith('Larger than the size limit (1 KiB)'));
    await assert.rejects(readFile(tree.dir, 100), failsWith('Is a directory'));
    assert.equal((await readFile(join(tree.dir, 'big.txt'), 2048)).length, 2048);
    // Root reads anything, so the permission case can only be checked as another user.
    if (process.getuid?.() !== 0) {
      await chmod(join(tree.dir, 'locked.txt'), 0o000);
      await assert.rejects(readFile(join(tree.dir, 'locked.txt'), 100), failsWith('Permission denied'));
    }
  } finally {
    await tree.remove();
  }
});

test('FIFOs and devices are refused without blocking; /proc files sized 0 are read to their end', async () => {
  const tree = await makeTempTree({});
  try {
    const fifo = join(tree.dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // Nobody ever writes to the FIFO: opening it for reading the usual way would block forever.
    await assert.rejects(readFile(fifo, 100), failsWith('Not a regular file (a FIFO)'));
    await assert.rejects(readFile('/dev/zero', 100), failsWith('Not a regular file (a character device)'));
    const status = await readFile('/proc/self/status', 1024 * 1024);
    assert.match(status.toString(), /^Name:/);
  } finally {
    await tree.remove();
  }
});
