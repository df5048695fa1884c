import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from './main.ts';
import type { Story } from '../model/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, { stdout: sink((s) => { stdout += s; }), stderr: sink((s) => { stderr += s; }), stdin, stdoutIsTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}

const bundles = ['examples/harbor-bridge', 'fixtures/stories/grain-deal', 'fixtures/stories/drought-harvest'].map((b) => join(root, b));

test('stories --json prints one story per line, each bundle whole and alone, each article with its reason', async () => {
  const { code, stdout, stderr } = await run('stories', '--json', '--no-embeddings', ...bundles);
  assert.equal(code, 0, stderr);
  const stories = stdout.trim().split('\n').map((line) => JSON.parse(line) as Story);
  assert.equal(stories.length, 3);
  for (const story of stories) {
    const folders = new Set(story.articles.map((a) => a.source.split('/').slice(-2, -1)[0]));
    assert.equal(folders.size, 1, `one bundle per story: ${[...folders].join(', ')}`);
    assert.equal(story.articles[0]!.reason.on, 'first');
    assert.ok(story.articles.slice(1).every((a) => a.reason.matched !== null && (a.reason.score ?? 0) > 0));
    assert.equal(story.id, story.articles[0]!.id);
  }
  const harbor = stories.find((s) => s.outlets.includes('Coastline Daily'))!;
  assert.match(harbor.title ?? '', /harbor bridge/);
  assert.deepEqual(harbor.languages, ['en']);
  assert.equal(harbor.first, '2026-03-04T06:40:00Z');
});

test('stories lists each story with its size, days, languages and outlets', async () => {
  const { code, stdout } = await run('stories', '--no-embeddings', ...bundles);
  assert.equal(code, 0);
  assert.match(stdout, /^3 stories from 18 articles\n/);
  assert.match(stdout, /6 articles · 4 Mar 2026 · English\n\s+Reuters, Coastline Daily/);
  assert.ok(stdout.split('\n').every((line) => [...line].length <= 100));
});

test('stories names a bad input in one line and exits 1 when nothing was read', async () => {
  const { code, stdout, stderr } = await run('stories', '--no-embeddings', join(root, 'no-such-folder'));
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /no-such-folder/);
});
