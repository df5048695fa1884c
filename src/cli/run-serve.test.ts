import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

test('wiretrace serve --demo serves a new store of the example on 127.0.0.1 until SIGTERM, then deletes it', { timeout: 180_000 }, async () => {
  const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'serve', '--demo', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const data = /adding the example to a new store in (\S+) /.exec(err)?.[1];
  assert.ok(data && existsSync(join(data, 'lock')), err);
  const stories = await fetch(`${url}/api/stories`);
  assert.equal(stories.status, 200);
  const body = await stories.json() as { total: number; stories: { title: string; articles: number; analysis: unknown }[] };
  assert.equal(body.total, 1);
  assert.match(body.stories[0]!.title, /harbor bridge/i);
  assert.equal(body.stories[0]!.articles, 6);
  assert.notEqual(body.stories[0]!.analysis, null);
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  assert.equal(code, 0, err);
  assert.equal(existsSync(data), false, 'the demo store is deleted');
  assert.match(err, /^wiretrace: --demo: adding the example to a new store in \S+ \(about 20 s\)\nStored 6 new articles and 0 new versions; 1 new story, 1 story analysed\. Store: \S+\n$/);
});
