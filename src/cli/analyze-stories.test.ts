import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from './main.ts';
import type { Report } from '../model/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/harbor-bridge');
const other = join(root, 'fixtures/stories/grain-deal/01-reuters-wire.txt');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, { stdout: sink((s) => { stdout += s; }), stderr: sink((s) => { stderr += s; }), stdin, stdoutIsTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}

test('analyze sets aside an article of another story: one stderr line, a section in the report, out of the comparison', async () => {
  const { code, stdout, stderr } = await run('analyze', '--no-embeddings', '--json', example, other);
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as Report;
  assert.equal(report.articles.length, 6);
  assert.ok(report.articles.every((a) => !a.source.includes('grain-deal')));
  assert.equal(report.setAside?.length, 1);
  assert.match(report.setAside![0]!.title ?? '', /grain export deal/);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.match(lines[0]!, /grain-deal\/01-reuters-wire\.txt: set aside: not the same story/);
  const terminal = await run('analyze', '--no-embeddings', '--no-color', example, other);
  assert.match(terminal.stdout, /Not the same story \(1 set aside; --keep-all compares them\)\n {2}Reuters: Dornavia/);
});

test('--keep-all compares every article; --story names the story to compare', async () => {
  const kept = JSON.parse((await run('analyze', '--no-embeddings', '--json', '--keep-all', example, other)).stdout) as Report;
  assert.equal(kept.articles.length, 7);
  assert.equal(kept.setAside, undefined);
  const named = await run('analyze', '--no-embeddings', '--json', '--story', '2', example, other);
  const report = JSON.parse(named.stdout) as Report;
  assert.equal(report.articles.length, 1);
  assert.equal(report.setAside?.length, 6);
  const missing = await run('analyze', '--no-embeddings', '--story', 'nope', example, other);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--story "nope": no story has that id or number \(the bundle holds 2:/);
});

test('--all writes one report per story, numbered', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-all-'));
  try {
    const { code, stderr } = await run('analyze', '--no-embeddings', '--all', '--markdown', join(dir, 'r.md'), example, other);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(await readFile(join(dir, 'r-1.md'), 'utf8'), /^# Exclusive\\: Halverston/);
    assert.match(await readFile(join(dir, 'r-2.md'), 'utf8'), /^# Dornavia and Sulmeria/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
