import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { bytesToDocuments } from './bytes-to-documents.ts';
import { InputError } from './input-error.ts';

const ctx = (name: string, extra: object = {}) => ({ source: name, name, maxBytes: 1 << 20, ...extra });

test('a windows-1252 HTML page decodes without mojibake', () => {
  const bytes = iconv.encode('<!DOCTYPE html><html><body><p>“Café” – it’s done</p></body></html>', 'windows-1252');
  const { documents } = bytesToDocuments(bytes, ctx('page.html'));
  assert.equal(documents[0]?.format, 'html');
  assert.match(documents[0]?.body ?? '', /“Café” – it’s done/);
});

test('gzip of text, HTML or JSON Lines is unpacked and read by its content and inner name', () => {
  const text = bytesToDocuments(gzipSync('Plain story text.'), ctx('story.txt.gz'));
  assert.deepEqual(text.documents, [{ source: 'story.txt.gz', format: 'text', body: 'Plain story text.', meta: {} }]);
  const lines = bytesToDocuments(gzipSync('{"text":"a"}\n{"text":"b"}'), ctx('x.jsonl.gz'));
  assert.deepEqual(lines.documents.map((d) => d.source), ['x.jsonl.gz#1', 'x.jsonl.gz#2']);
  const html = bytesToDocuments(gzipSync('no markers here'), ctx('page.html.gz'));
  assert.equal(html.documents[0]?.format, 'html');
});

test('the transport content type and charset are used, and metadata is carried', () => {
  const bytes = iconv.encode('Über “alles”', 'windows-1252');
  const r = bytesToDocuments(bytes, ctx('https://x.test/a', { contentType: 'text/html; charset=iso-8859-1', charset: 'iso-8859-1', meta: { url: 'https://x.test/a' } }));
  assert.deepEqual(r.documents, [{ source: 'https://x.test/a', format: 'html', body: 'Über “alles”', meta: { url: 'https://x.test/a' } }]);
});

test('binary and empty inputs are input errors with a clear reason', () => {
  const fails = (bytes: Uint8Array, name: string, reason: string) =>
    assert.throws(() => bytesToDocuments(bytes, ctx(name)), (e: unknown) => e instanceof InputError && e.message === reason);
  fails(Buffer.from('%PDF-1.4 ...'), 'a.pdf', 'Not a supported type (PDF)');
  fails(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'a.txt', 'Not a supported type (PNG)');
  fails(Buffer.from([1, 2, 3, 0, 0, 5, 6, 7, 0, 1]), 'blob', 'Not a supported type (binary data)');
  fails(Buffer.from(' \n\t '), 'a.txt', 'Input is empty');
  fails(gzipSync(''), 'a.txt.gz', 'Input is empty');
  fails(gzipSync(Buffer.from('%PDF-1.4')), 'a.pdf.gz', 'Not a supported type (PDF)');
});

test('a container past --max-items keeps the first items and names the rest as skipped', () => {
  const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ text: `Item ${i + 1}.` })).join('\n');
  const { documents, problems } = bytesToDocuments(Buffer.from(lines), { source: 'many.jsonl', name: 'many.jsonl', maxBytes: 1e6, maxItems: 3 });
  assert.deepEqual(documents.map((d) => d.source), ['many.jsonl#1', 'many.jsonl#2', 'many.jsonl#3']);
  assert.deepEqual(problems, [{ input: 'many.jsonl', reason: '2 more items from "many.jsonl#4" on skipped: more than 3 in one input (--max-items)' }]);
});
