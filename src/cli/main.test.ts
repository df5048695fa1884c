import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { lstat, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { main } from './main.ts';
import { spannedText, spansOfReport, type Report } from '../model/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/harbor-bridge');
const schema = JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable => new Writable({
    write(chunk, _encoding, done) { append(String(chunk)); done(); },
  });
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, {
    stdout: sink((s) => { stdout += s; }),
    stderr: sink((s) => { stderr += s; }),
    stdin,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

// One analysis of the example shared by the tests that only read it.
let exampleJson: Promise<Run> | undefined;
const analyzedExample = (): Promise<Run> => (exampleJson ??= run('analyze', example, '--json', '--no-embeddings'));

test('analyze --json prints one document valid against the published schema', async () => {
  const { code, stdout, stderr } = await analyzedExample();
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as Record<string, unknown>;
  assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.deepEqual(Object.keys(report).slice(0, 6), ['schema', 'articles', 'claims', 'divergences', 'unique', 'origins']);
  assert.equal((report.articles as unknown[]).length, 6);
  assert.ok((report.claims as unknown[]).length > 0);
  assert.ok((report.divergences as unknown[]).length > 0);
});

test('every span of the JSON report is the exact text at its offsets', async () => {
  const report = JSON.parse((await analyzedExample()).stdout) as Report;
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const spans = spansOfReport(report);
  assert.ok(spans.length > 0);
  // a headline finding's offsets are in the title (the example has one: an outlet's headline axes what the wire suspends)
  assert.ok(spans.some((s) => s.field === 'title'));
  for (const s of spans) assert.equal(spannedText(articles.get(s.article)!, s).slice(s.start, s.end), s.text);
});

test('the schema rejects what the contract forbids', async () => {
  const report = JSON.parse((await analyzedExample()).stdout) as { divergences: Record<string, unknown>[]; articles: Record<string, unknown>[] };
  const badKind = structuredClone(report);
  badKind.divergences[0]!.kind = 'gossip';
  assert.equal(validate(badKind), false);
  const noText = structuredClone(report);
  delete noText.articles[0]!.text;
  assert.equal(validate(noText), false);
  const badOffset = structuredClone(report);
  badOffset.divergences[0]!.start = -1;
  assert.equal(validate(badOffset), false);
});

test('an unreadable input is one line on stderr naming it; the others are still analysed', async () => {
  const missing = join(tmpdir(), 'wiretrace-no-such-file.txt');
  const { code, stdout, stderr } = await run('analyze', example, missing, '--json', '--no-embeddings');
  assert.equal(code, 0);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, /^wiretrace: .*wiretrace-no-such-file\.txt: /);
  assert.doesNotMatch(stderr, /\n\s+at /);
  assert.equal((JSON.parse(stdout) as { articles: unknown[] }).articles.length, 6);
});

test('nothing readable exits 1, bad usage exits 2', async () => {
  const nothing = await run('analyze', join(tmpdir(), 'wiretrace-nothing-here.txt'), '--no-embeddings');
  assert.equal(nothing.code, 1);
  assert.equal(nothing.stdout, '');
  const usage = await run('analyze', example, '--no-such-option');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /unknown option/);
});

test('the terminal summary is plain text when not on a terminal', async () => {
  const { code, stdout } = await run('analyze', example, '--no-embeddings');
  assert.equal(code, 0);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(stdout, /\u001b\[/);
  assert.match(stdout, /Coastline Daily/);
});

test('analyse is analyze, spelt the British way', async () => {
  const copies = join(fileURLToPath(new URL('../../fixtures/copies', import.meta.url)));
  const { code, stdout } = await run('analyse', copies, '--no-embeddings');
  assert.equal(code, 0);
  assert.match(stdout, /Reuters, run by Lakeside Daily \(word for word\)/);
});

test('one article is told it needs another version to compare with', async () => {
  const one = join(fileURLToPath(new URL('../../examples/harbor-bridge/01-wire.txt', import.meta.url)));
  const { code, stdout } = await run('analyze', one, '--no-embeddings');
  assert.equal(code, 0);
  assert.match(stdout, /Only one version was given: nothing to compare\. Give two or more versions of the story\./);
  assert.doesNotMatch(stdout, /no divergences/i);
});

test('--html, --markdown and --csv write their files next to the terminal summary', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-cli-'));
  try {
    const html = join(dir, 'report.html');
    const markdown = join(dir, 'report.md');
    const csv = join(dir, 'claims.csv');
    const { code, stdout, stderr } = await run('analyze', example, '--no-embeddings', '--html', html, '--markdown', markdown, '--csv', csv);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Coastline Daily/);
    assert.match(await readFile(html, 'utf8'), /^<!DOCTYPE html>/i);
    assert.match(await readFile(markdown, 'utf8'), /Coastline Daily/);
    assert.match(await readFile(csv, 'utf8'), /Coastline Daily/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a report that cannot be written is one line naming the file, exit 1', async () => {
  const target = join(tmpdir(), 'wiretrace-no-such-dir', 'sub', 'report.csv');
  const { code, stderr } = await run('analyze', example, '--no-embeddings', '--csv', target);
  assert.equal(code, 1);
  assert.match(stderr, /wiretrace: .*report\.csv: Cannot write the report/);
  assert.equal(stderr.trim().split('\n').length, 1);
});

test('an empty report file name, one file for two formats, or an input as the report is a usage error (exit 2, one line)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-cli-'));
  try {
    const wire = join(example, '01-wire.txt');
    const cases: [string[], RegExp][] = [
      [['--html', ''], /^wiretrace: --html needs a file name$/],
      [['--html', join(dir, 'r.out'), '--csv', join(dir, 'r.out')], /^wiretrace: --html and --csv name the same file$/],
      [['--markdown', join(dir, 'x', '..', 'same.md'), '--csv', join(dir, 'same.md')], /^wiretrace: --markdown and --csv name the same file$/],
      [['--csv', wire], /^wiretrace: --csv names one of the inputs; give the report another file name$/],
    ];
    for (const [flags, message] of cases) {
      const { code, stdout, stderr } = await run('analyze', wire, example, '--no-embeddings', ...flags);
      assert.equal(code, 2, flags.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr.trim(), message);
    }
    assert.match(readFileSync(wire, 'utf8'), /Harbor|bridge/i);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a link at the report path is replaced by the report, never written through', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-cli-'));
  try {
    const target = join(dir, 'precious.txt');
    await writeFile(target, 'keep me');
    await symlink(target, join(dir, 'report.csv'));
    await symlink(join(dir, 'nowhere', 'created.txt'), join(dir, 'dangling.md'));
    const { code, stderr } = await run('analyze', example, '--no-embeddings', '--csv', join(dir, 'report.csv'), '--markdown', join(dir, 'dangling.md'));
    assert.equal(code, 0, stderr);
    assert.equal(await readFile(target, 'utf8'), 'keep me');
    assert.equal((await lstat(join(dir, 'report.csv'))).isSymbolicLink(), false);
    assert.match(await readFile(join(dir, 'report.csv'), 'utf8'), /Coastline Daily/);
    assert.equal((await lstat(join(dir, 'dangling.md'))).isFile(), true);
    assert.equal(existsSync(join(dir, 'nowhere')), false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('names and snippets from inputs are escaped on stderr: no raw control character, one line each', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-cli-'));
  try {
    const odd = join(dir, 'x\u001b[31mred\nline\u0007.txt');
    await writeFile(odd, '\u0000\u0001 binary');
    const { code, stderr } = await run('extract', '--json', odd, join(example, '01-wire.txt'));
    assert.equal(code, 0);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(stderr.trim(), /[\u0000-\u0008\u000b-\u001f\u007f]/);
    assert.match(lines[0]!, /x\\u001b\[31mred\\u000aline\\u0007\.txt: Not a supported type \(binary data\)$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the per-input limits are options: items, characters and seconds each name what they skipped', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-cli-'));
  try {
    const lines = Array.from({ length: 4 }, (_, i) => JSON.stringify({ text: `Item ${i + 1} says the bridge reopened on Monday after repairs.` }));
    await writeFile(join(dir, 'items.jsonl'), lines.join('\n'));
    const items = await run('extract', '--json', '--max-items', '2', join(dir, 'items.jsonl'));
    assert.equal(items.stdout.trim().split('\n').length, 2);
    assert.match(items.stderr, /items\.jsonl: 2 more items from ".*items\.jsonl#3" on skipped: more than 2 in one input \(--max-items\)/);
    const chars = await run('extract', '--json', '--max-chars', '1000', join(example, '01-wire.txt'));
    assert.equal(chars.code, 1);
    assert.match(chars.stderr, /01-wire\.txt: Article text longer than the limit \(.* characters, more than 1,000; --max-chars\)/);
    const body = await run('extract', '--json', '--max-chars', '100', join(example, '01-wire.txt'));
    assert.equal(body.code, 1);
    assert.match(body.stderr, /01-wire\.txt: Article text longer than the limit \(3,453 characters before cleaning, more than 4 times the 100 allowed; --max-chars\)/);
    const usage = await run('extract', '--max-seconds', '0', join(example, '01-wire.txt'));
    assert.equal(usage.code, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('--baseline: by default the origin (here the wire\'s copy); a named input, the earliest, or the majority on request; findings say which', async () => {
  const wire = JSON.parse((await analyzedExample()).stdout) as Report;
  const reuters = wire.articles.find((a) => a.outlet === 'Reuters')!;
  assert.deepEqual(wire.baseline, { mode: 'wire', article: reuters.id, label: 'the Reuters wire', why: 'wire copy', reason: 'wire copy' });
  // each claim the wire carries is judged against its wording, and says so
  assert.ok(wire.claims.filter((c) => c.articles.includes(reuters.id) && new Set(c.articles).size > 1).every((c) => c.baseline?.article === reuters.id && c.baseline.why === 'wire copy'));
  assert.ok(wire.divergences.some((d) => d.basis === 'source' && d.message.includes('the Reuters wire')), 'judged against the wire');

  const majority = await run('analyze', example, '--json', '--no-embeddings', '--baseline', 'majority');
  const byMajority = JSON.parse(majority.stdout) as Report;
  assert.deepEqual(byMajority.baseline, { mode: 'majority', article: null, label: null, why: null, reason: 'most outlets, as asked' });
  assert.ok(byMajority.claims.every((c) => c.baseline === undefined || (c.baseline.article === null && c.baseline.why === 'most outlets')));
  assert.ok(byMajority.divergences.every((d) => d.basis !== 'source' && !d.message.includes('the Reuters wire')), 'judged by the majority');

  const file = join(example, '03-bayline-news.txt');
  const named = JSON.parse((await run('analyze', example, '--json', '--no-embeddings', '--baseline', file)).stdout) as Report;
  const bayline = named.articles.find((a) => a.source.endsWith('03-bayline-news.txt'))!;
  assert.equal(named.baseline?.article, bayline.id);
  assert.equal(named.baseline?.why, 'chosen');
  const earliest = JSON.parse((await run('analyze', example, '--json', '--no-embeddings', '--baseline', 'earliest')).stdout) as Report;
  assert.equal(earliest.baseline?.why, 'earliest');
  assert.ok(earliest.claims.some((c) => c.baseline?.why === 'earliest' && c.baseline.article === earliest.baseline?.article));
  assert.ok(validate(named), JSON.stringify(validate.errors?.slice(0, 3)));
  // the version judged against departs from nothing: every finding judged against it is on another article
  assert.ok(named.divergences.filter((d) => d.basis === 'source').every((d) => d.article !== bayline.id && /the chosen baseline \(Bayline News\)/i.test(d.message)), named.divergences.filter((d) => d.basis === 'source').map((d) => `${d.article === bayline.id} ${d.message}`).join('\n'));
});

test('--baseline naming no input, or a file of several items, is one line and exit 2', async () => {
  const none = await run('analyze', example, '--no-embeddings', '--baseline', 'no-such-article.txt');
  assert.equal(none.code, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^wiretrace: --baseline "no-such-article\.txt": no article was read from it/);
  assert.equal(none.stderr.trim().split('\n').length, 1);
  const feed = await run('analyze', example, '--no-embeddings', '--baseline', join(example, '05-portwatch-briefwire.jsonl'));
  assert.equal(feed.code, 2);
  assert.match(feed.stderr, /holds 2 articles; name one, as in ".*05-portwatch-briefwire\.jsonl#1"/);
});

test('each shared claim says how it was told: alike, in other words with no change found, or changed', async () => {
  const report = JSON.parse((await analyzedExample()).stdout) as Report;
  const changed = new Set(report.divergences.map((d) => d.claim));
  for (const c of report.claims) {
    if (c.articles.length < 2) continue;
    assert.equal(c.told === 'changed', changed.has(c.id), c.text);
  }
  assert.ok(report.claims.some((c) => c.told === 'alike'));
  assert.ok(report.claims.some((c) => c.told === 'reworded'));
  const verbose = await run('analyze', example, '--no-embeddings', '--verbose');
  assert.match(verbose.stdout, /Claims told alike \(\d+\)/);
  assert.match(verbose.stdout, /Claims told in other words, no change found \(\d+\)/);
  const summary = await run('analyze', example, '--no-embeddings');
  assert.match(summary.stdout, /Most serious divergences \(\d+ of \d+\), judged against the Reuters wire/);
  assert.match(verbose.stdout, /Divergences by claim \(\d+ in \d+ claims\), judged against the Reuters wire/);
});

test('--outlet FILE=NAME names an input\'s outlet in extract, stories and analyze; a bad value is a usage error', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wiretrace-outlet-'));
  try {
    const page = join(dir, 'desk.txt');
    await writeFile(page, 'Bridge reopens after eight months of repairs\n\nThe harbor bridge reopened on Monday after eight months of repairs, the city said on Tuesday.\n');
    const extract = await run('extract', page, '--json', '--outlet', `${page}=Harbor Daily`, '--outlet', `${join(dir, 'none.txt')}=Nobody`);
    assert.equal(extract.code, 0);
    assert.equal((JSON.parse(extract.stdout) as { outlet: string }).outlet, 'Harbor Daily');
    assert.match(extract.stderr, /--outlet ".*none\.txt=Nobody": no article was read from/);
    const stories = await run('stories', page, '--json', '--no-embeddings', '--outlet', `${dir}=Harbor Daily`);
    assert.deepEqual((JSON.parse(stories.stdout) as { outlets: string[] }).outlets, ['Harbor Daily']);
    const analyzed = await run('analyze', join(example, '01-wire.txt'), page, '--json', '--no-embeddings', '--keep-all', '--outlet', `${page}=Harbor Daily`);
    assert.ok((JSON.parse(analyzed.stdout) as Report).articles.some((a) => a.outlet === 'Harbor Daily'));
    const bad = await run('extract', page, '--outlet', 'Harbor Daily');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /FILE=NAME/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
