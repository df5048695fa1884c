import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../store/_backends.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('serve refuses another address than loopback without a token, in one line', async () => {
  const run = await runCli('serve', '--host', '0.0.0.0', '--data', join(tmpdir(), 'never-opened'));
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^wiretrace: --host "0\.0\.0\.0": another machine could reach it; set WIRETRACE_TOKEN .*\n$/);
  const port = await runCli('serve', '--port', '70000');
  assert.equal(port.code, 2);
  assert.match(port.stderr, /"70000" is not a port/);
});

test('wiretrace serve serves the store on 127.0.0.1 until SIGTERM, then closes it', { timeout: 120_000 }, async () => {
  const data = await mkdtemp(join(tmpdir(), 'wiretrace-serve-'));
  try {
    const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += String(d); });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += String(d);
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const stories = await fetch(`${url}/api/stories`);
    assert.equal(stories.status, 200);
    assert.deepEqual(await stories.json(), { total: 0, limit: 20, offset: 0, stories: [] });
    const home = await fetch(`${url}/`);
    assert.match(await home.text(), /0 stories stored/);
    assert.ok(existsSync(join(data, 'lock')));
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0, err);
    assert.equal(existsSync(join(data, 'lock')), false, 'the store is closed');
    assert.equal(err, '');
  } finally {
    await rm(data, { recursive: true, force: true });
  }
});
