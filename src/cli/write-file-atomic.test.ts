import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './write-file-atomic.ts';

test('a report is written whole or not at all: the previous one survives a kill -9 mid-write', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-atomic-'));
  try {
    const report = join(dir, 'report.html');
    const previous = `<!DOCTYPE html>${'<p>previous report</p>'.repeat(150_000)}`;
    await writeFile(report, previous);
    // A child writes a large report through the same function the CLI uses; it is killed once the write has begun.
    const writer = new URL('./write-file-atomic.ts', import.meta.url).href;
    const script = `import(${JSON.stringify(writer)}).then((m) => m.writeFileAtomic(${JSON.stringify(report)}, 'new '.repeat(100_000_000)))`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: 'ignore' });
    const exited = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (let waited = 0; waited < 30_000; waited += 5) {
      if ((await readdir(dir)).some((name) => name.endsWith('.tmp'))) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.equal(await readFile(report, 'utf8'), previous);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a finished write replaces the file and leaves no temporary file behind', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-atomic-'));
  try {
    const path = join(dir, 'r.csv');
    await writeFile(path, 'old');
    await writeFileAtomic(path, `new ${'😀'.repeat(700_000)}`);
    assert.equal(await readFile(path, 'utf8'), `new ${'😀'.repeat(700_000)}`);
    assert.deepEqual(await readdir(dir), ['r.csv']);
    await assert.rejects(writeFileAtomic(join(dir, 'missing', 'r.csv'), 'x'), { code: 'ENOENT' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
