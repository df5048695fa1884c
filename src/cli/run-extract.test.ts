import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { startTestServer } from '../ingest/_test-server.ts';
import type { CliIo } from './cli-io.ts';
import { main } from './main.ts';
import { runExtract } from './run-extract.ts';

const SHARED = 'Local news from the valley and beyond';

// Page i: reporting of its own, a line every page carries (no reporting in it), and a line only pages 19 and 20 share.
function page(i: number): string {
  return [
    `Council meeting ${i} approved budget line ${i * 7} after a vote of ${i + 3} to 2, officials said on Tuesday.`,
    SHARED,
    `The measure number ${i} will take effect in ${i + 1} weeks, according to the clerk's office.`,
    ...(i === 19 || i === 20 ? ['Harbor Desk weekend edition'] : []),
  ].join('\n\n');
}

function buffers(stderrIsTTY = false): { io: CliIo; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable => new Writable({ write(chunk, _encoding, done) { append(String(chunk)); done(); } });
  const err = Object.assign(sink((s) => { stderr += s; }), { isTTY: stderrIsTTY, columns: 80 });
  const stdin = new PassThrough();
  stdin.end();
  return { io: { stdout: sink((s) => { stdout += s; }), stderr: err, stdin, stdoutIsTTY: false, stderrIsTTY }, stdout: () => stdout, stderr: () => stderr };
}

async function withPages(count: number, body: (dir: string, names: string[]) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-extract-'));
  try {
    const names = Array.from({ length: count }, (_, i) => join(dir, `page-${String(i).padStart(4, '0')}.txt`));
    await Promise.all(names.map((name, i) => writeFile(name, page(i))));
    await body(dir, names);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('extract over many documents writes them in input order, shared boilerplate removed within each window', async () => {
  await withPages(120, async (dir, names) => {
    const { io, stdout, stderr } = buffers();
    // Given in shuffled groups: the order written is the order given, not the order read.
    const given = [...names.slice(50), ...names.slice(0, 50)];
    const written = await runExtract(given, { json: true, concurrency: 5, window: { windowDocuments: 20 } }, io);
    assert.equal(written, 120);
    assert.equal(stderr(), '');
    const articles = stdout().trim().split('\n').map((line) => JSON.parse(line) as { source: string; text: string; removed: { text: string; reason: string }[] });
    assert.deepEqual(articles.map((a) => a.source), given);
    for (const a of articles) {
      assert.ok(!a.text.includes(SHARED) && a.removed.some((r) => r.text === SHARED && r.reason === 'bundle-boilerplate'), a.source);
    }
    // Pages 19 and 20 are given in one window (they are neighbours in the second half of `given`): their line goes too.
    const pair = articles.filter((a) => /page-00(19|20)/.test(a.source));
    assert.equal(pair.length, 2);
    for (const a of pair) assert.ok(a.removed.some((r) => r.text === 'Harbor Desk weekend edition'), a.source);
    // Given in order, windows of 20 split them (0-19, 20-39): each window holds the line once, and keeps it.
    const apart = buffers();
    await runExtract([dir], { json: true, window: { windowDocuments: 20 } }, apart.io);
    const kept = apart.stdout().trim().split('\n').map((line) => JSON.parse(line) as { source: string; text: string });
    assert.deepEqual(kept.map((a) => a.source), names);
    for (const a of kept.filter((x) => /page-00(19|20)/.test(x.source))) assert.match(a.text, /Harbor Desk weekend edition/);
  });
});

test('the readable listing streams the same text as one listing of all the articles, and a bad input is one line', async () => {
  await withPages(30, async (dir, names) => {
    const missing = join(dir, 'no-such-page.txt');
    const { io, stdout, stderr } = buffers();
    const written = await runExtract([names[0]!, missing, ...names.slice(1)], { window: { windowDocuments: 7 } }, io);
    assert.equal(written, 30);
    assert.equal(stderr(), `wiretrace: ${missing}: File not found\n`);
    const blocks = stdout().split('\n\n');
    assert.equal(blocks.length, 30);
    assert.ok(stdout().endsWith(' pieces removed\n') && !stdout().endsWith('\n\n'));
    blocks.forEach((block, i) => assert.match(block, new RegExp(`source ${names[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`)));
  });
});

test('no progress bar when stderr is not a terminal; a bar, cleared at the end, when it is', async () => {
  await withPages(12, async (dir) => {
    const piped = buffers(false);
    assert.equal(await main(['extract', '--json', dir], piped.io), 0);
    assert.equal(piped.stderr(), '');
    assert.equal(piped.stdout().trim().split('\n').length, 12);
    const terminal = buffers(true);
    assert.equal(await main(['extract', '--json', dir], terminal.io), 0);
    assert.match(terminal.stderr(), /extracting .* \d+\/12/);
    assert.equal(terminal.stdout(), piped.stdout());
  });
});

test('--concurrency caps the inputs read at once; output keeps input order whatever order they arrive in', async () => {
  const LIMIT = 3;
  const COUNT = 10;
  let open = 0;
  let most = 0;
  let held: { i: number; res: ServerResponse }[] = [];
  let answered = 0;
  // Requests are held until LIMIT are open (or the last ones are), then answered last first; a short
  // pause before answering gives a request over the limit time to arrive and be counted.
  const release = (): void => {
    const batch = held.sort((a, b) => b.i - a.i);
    held = [];
    for (const { i, res } of batch) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(page(i));
      open--;
      answered++;
    }
  };
  const routes = Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`/page-${i}`, (_req: unknown, res: ServerResponse) => {
    open++;
    most = Math.max(most, open);
    held.push({ i, res });
    if (held.length >= LIMIT || answered + held.length >= COUNT) setTimeout(release, 30);
  }]));
  const server = await startTestServer(routes);
  try {
    const urls = Array.from({ length: COUNT }, (_, i) => `${server.base}/page-${i}`);
    const { io, stdout, stderr } = buffers();
    const code = await main(['extract', '--json', '--allow-private', '--concurrency', String(LIMIT), ...urls], io);
    assert.equal(code, 0, stderr());
    assert.equal(most, LIMIT);
    assert.deepEqual(stdout().trim().split('\n').map((line) => (JSON.parse(line) as { source: string }).source), urls);
    const usage = buffers();
    assert.equal(await main(['extract', '--concurrency', '0', urls[0]!], usage.io), 2);
  } finally {
    await server.close();
  }
});
