import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonl } from './parse-jsonl.ts';

const fixture = fileURLToPath(new URL('../../fixtures/ingest/wire-items.jsonl', import.meta.url));

test('each good line is a document named by its line; bad lines are problems, the rest go on', () => {
  const { documents, problems } = parseJsonl(readFileSync(fixture, 'utf8'), 'items.jsonl');
  assert.deepEqual(documents.map((d) => [d.source, d.format]), [
    ['items.jsonl#1', 'text'], ['items.jsonl#2', 'html'], ['items.jsonl#6', 'html'],
  ]);
  assert.equal(documents[0]?.meta.published, '2025-11-04T14:30:00Z');
  assert.equal(documents[1]?.meta.published, undefined);
  assert.equal(documents[2]?.meta.outlet, 'Daily Tide');
  assert.deepEqual(problems.map((p) => p.input), ['items.jsonl:3', 'items.jsonl:4']);
  assert.match(problems[0]?.reason ?? '', /^Not valid JSON \(.+\)$/);
  assert.equal(problems[1]?.reason, 'No "text" or "html" field with content');
});

test('a JSON array or a pretty-printed object is read whole', () => {
  const arr = parseJsonl('[\n {"text": "a"},\n {"text": "b"}\n]', 'a.json');
  assert.deepEqual(arr.documents.map((d) => [d.source, d.body]), [['a.json#1', 'a'], ['a.json#2', 'b']]);
  const one = parseJsonl('{\n  "title": "T",\n  "text": "Body."\n}\n', 'o.json');
  assert.deepEqual(one.documents.map((d) => [d.source, d.meta.title]), [['o.json#1', 'T']]);
  const bad = parseJsonl('[{"text": "a"},', 'b.json');
  assert.equal(bad.documents.length, 0);
  assert.equal(bad.problems[0]?.input, 'b.json');
});

test('CRLF line ends are fine, and a file of blank lines is a problem', () => {
  assert.equal(parseJsonl('{"text":"a"}\r\n{"text":"b"}\r\n', 'c.jsonl').documents.length, 2);
  assert.deepEqual(parseJsonl('\n\n', 'e.jsonl').problems, [{ input: 'e.jsonl', reason: 'No JSON items' }]);
});

test('CR-only line endings split lines: each item is read on its own', () => {
  const { documents, problems } = parseJsonl('{"text": "First."}\r{"text": "Second."}\r', 'old.jsonl');
  assert.deepEqual(problems, []);
  assert.deepEqual(documents.map((d) => [d.source, d.body]), [['old.jsonl#1', 'First.'], ['old.jsonl#2', 'Second.']]);
});

test('a field that is a flood of "<" is text, sniffed in linear time', () => {
  const { documents } = parseJsonl(JSON.stringify({ text: `${'<p'.repeat(200_000)} words` }), 'flood.jsonl');
  assert.equal(documents[0]?.format, 'text');
});
