import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingest } from './ingest.ts';
import { makeTempTree } from './_make-temp-tree.ts';
import { startTestServer } from './_test-server.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

// Non-UTF-8 and binary inputs are made here rather than stored, so the repository holds only text.
const cp1252Page = iconv.encode('<!DOCTYPE html><html><head><title>Levy</title></head><body><p>“Café owners” weren’t told – officials said.</p></body></html>', 'windows-1252');
const latin1Page = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Crème</title></head><body><p>Le maire a déclaré « non ».</p></body></html>', 'latin1');
const utf16Text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Straße “quoted” text.\n', 'utf16le')]);

let tree: Awaited<ReturnType<typeof makeTempTree>>;
let server: Awaited<ReturnType<typeof startTestServer>>;

before(async () => {
  tree = await makeTempTree({
    'stories/01-cp1252.html': cp1252Page,
    'stories/02-latin1.htm': latin1Page,
    'stories/03-utf16.txt': utf16Text,
    'stories/04-packed.txt.gz': gzipSync('A packed story about the harbor levy.'),
    'stories/05-items.jsonl': fixture('wire-items.jsonl'),
    'stories/06-feed.xml': fixture('harbor-rss.xml'),
    'stories/07-atom.atom': fixture('harbor-atom.atom'),
    'stories/.draft.txt': 'not for reading',
    'stories/cover.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    'report.pdf': '%PDF-1.4 fake',
    'broken.txt.gz': gzipSync('cut').subarray(0, 10),
    'empty.txt': '',
  });
  server = await startTestServer({
    '/legacy': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(iconv.encode('<p>It’s “here”: naïve</p>', 'windows-1252')),
    '/moved': (_q, r) => r.writeHead(301, { location: '/legacy' }).end(),
    '/feed': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('harbor-rss.xml')),
    '/x-rss': (_q, r) => r.writeHead(200, { 'content-type': 'application/x-rss+xml' }).end(fixture('harbor-rss.xml')),
    '/plain-rss': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end(fixture('harbor-rss.xml')),
    '/octet-rss': (_q, r) => r.writeHead(200, { 'content-type': 'application/vnd.unknown-feed' }).end(fixture('harbor-rss.xml')),
    '/packed': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync('Zipped “words”.')),
  });
});
after(async () => {
  await tree.remove();
  await server.close();
});

test('a directory of mixed types and encodings reads cleanly, in order, with no mojibake', async () => {
  const { documents, problems } = await ingest([join(tree.dir, 'stories')]);
  const rel = (s: string): string => s.slice(tree.dir.length + 1);
  assert.match(problems[0]?.reason ?? '', /^Not valid JSON \(/);
  assert.deepEqual(problems.slice(1).map((p) => [rel(p.input), p.reason]), [
    ['stories/05-items.jsonl:4', 'No "text" or "html" field with content'],
    ['stories/06-feed.xml#3', 'Feed item has no content or summary'],
  ]);
  assert.equal(rel(problems[0]?.input ?? ''), 'stories/05-items.jsonl:3');
  assert.deepEqual(documents.map((d) => `${rel(d.source)} ${d.format}`), [
    'stories/01-cp1252.html html', 'stories/02-latin1.htm html', 'stories/03-utf16.txt text', 'stories/04-packed.txt.gz text',
    'stories/05-items.jsonl#1 text', 'stories/05-items.jsonl#2 html', 'stories/05-items.jsonl#6 html',
    'stories/06-feed.xml#1 html', 'stories/06-feed.xml#2 html', 'stories/07-atom.atom#1 html', 'stories/07-atom.atom#2 html',
  ]);
  const body = (i: number): string => documents[i]?.body ?? '';
  assert.match(body(0), /“Café owners” weren’t told – officials said\./);
  assert.match(body(1), /Le maire a déclaré « non »\./);
  assert.equal(body(2), 'Straße “quoted” text.\n');
  assert.equal(body(3), 'A packed story about the harbor levy.');
  for (const d of documents) assert.doesNotMatch(d.body, /[\u0080-\u009f]|Ã|â€|\ufffd/, d.source);
});

test('each unreadable input is one problem and the others go on', async () => {
  const { documents, problems } = await ingest([
    join(tree.dir, 'report.pdf'), join(tree.dir, 'stories/cover.png'), join(tree.dir, 'broken.txt.gz'), join(tree.dir, 'empty.txt'),
    join(tree.dir, 'nope.txt'), join(tree.dir, 'stories/03-utf16.txt'), `${tree.dir}/*.docx`,
  ]);
  assert.equal(documents.length, 1);
  const web = await ingest(['www.news-site.test/2025/story', 'notes.txt']);
  assert.deepEqual(web.problems.map((p) => p.reason), ['File not found (for a web page, start the address with https://)', 'File not found']);
  assert.deepEqual(problems.map((p) => [p.input.slice(tree.dir.length + 1), p.reason]), [
    ['*.docx', 'No files match this pattern'],
    ['report.pdf', 'Not a supported type (PDF)'],
    ['stories/cover.png', 'Not a supported type (PNG)'],
    ['broken.txt.gz', 'Not valid gzip data'],
    ['empty.txt', 'File is empty'],
    ['nope.txt', 'File not found'],
  ]);
});

test('globs the shell left alone are expanded, and repeats are read once', async () => {
  const { documents } = await ingest([
    `${tree.dir}/stories/0[1-3]-*`, join(tree.dir, 'stories', '01-cp1252.html'), `${tree.dir}/**/*.htm`,
  ]);
  assert.deepEqual(documents.map((d) => d.source.slice(tree.dir.length + 1)), [
    'stories/01-cp1252.html', 'stories/02-latin1.htm', 'stories/03-utf16.txt',
  ]);
});

test('"-" reads standard input, sniffed by content', async () => {
  const stdin = Readable.from([Buffer.from('{"title":"From a pipe","text":"Piped words."}\n')]);
  const { documents, problems } = await ingest(['-'], { stdin });
  assert.deepEqual(problems, []);
  assert.deepEqual(documents, [{ source: '-#1', input: '-', format: 'text', body: 'Piped words.', meta: { title: 'From a pipe' } }]);
  const empty = await ingest(['-'], { stdin: Readable.from([]) });
  assert.deepEqual(empty.problems, [{ input: '-', reason: 'Standard input is empty' }]);
});

test('URLs are fetched with their charset, redirects, feeds and gzip; private ones refused by default', async () => {
  const progress: string[] = [];
  const urls = [`${server.base}/moved`, `${server.base}/feed`, `${server.base}/packed`, `${server.base}/missing`];
  const { documents, problems } = await ingest(urls, { allowPrivate: true, onProgress: (done, total) => progress.push(`${done}/${total}`) });
  assert.deepEqual(documents[0], { source: urls[0], format: 'html', body: '<p>It’s “here”: naïve</p>', meta: { url: urls[0], finalUrl: `${server.base}/legacy` } });
  assert.deepEqual(documents.slice(1).map((d) => d.source), [`${urls[1]}#1`, `${urls[1]}#2`, urls[2]]);
  assert.equal(documents[3]?.body, 'Zipped “words”.');
  assert.deepEqual(problems, [{ input: `${urls[1]}#3`, reason: 'Feed item has no content or summary' }, { input: urls[3], reason: 'HTTP 404 Not Found' }]);
  assert.equal(progress[0], '0/4');
  assert.equal(progress.at(-1), '4/4');
  const refused = await ingest([urls[0] ?? '']);
  assert.deepEqual(refused, { documents: [], problems: [{ input: urls[0], reason: 'Refused loopback address 127.0.0.1 (use --allow-private)' }] });
});

test('the seed stories read as plain text documents', async () => {
  const { documents, problems } = await ingest([seeds]);
  assert.deepEqual(problems, []);
  const expected = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  assert.deepEqual(documents.map((d) => d.source.slice(seeds.length).replace(/^\//, '')), expected);
  for (const d of documents) {
    assert.equal(d.format, 'text');
    assert.ok(d.body.length > 500);
  }
});

test('a feed is read as a feed whatever content type it is served with; a type that is never text is refused', async () => {
  const urls = ['/x-rss', '/plain-rss'].map((path) => `${server.base}${path}`);
  const { documents } = await ingest(urls, { allowPrivate: true });
  assert.deepEqual(documents.map((d) => d.source), [`${urls[0]}#1`, `${urls[0]}#2`, `${urls[1]}#1`, `${urls[1]}#2`]);
  const refused = await ingest([`${server.base}/octet-rss`], { allowPrivate: true });
  assert.match(refused.problems[0]?.reason ?? '', /Not a supported content type/);
});
