import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffText } from './sniff-text.ts';

const kind = (text: string, name?: string, type?: string | null): string => {
  const r = sniffText(text, name, type ?? null);
  return r.kind === 'unsupported' ? `unsupported:${r.label}` : r.kind;
};

test('content decides before the extension', () => {
  assert.equal(kind('<!DOCTYPE html><html><body>x</body></html>', 'a.txt'), 'html');
  assert.equal(kind('\ufeff  <!-- saved page -->\n<html lang="en">', 'a.txt'), 'html');
  assert.equal(kind('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'page.html'), 'feed');
  assert.equal(kind('<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(kind('<rdf:RDF xmlns:rdf="x">'), 'feed');
  assert.equal(kind('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html>'), 'html');
  assert.equal(kind('{"text": "a"}\n{"text": "b"}\n', 'dump.txt'), 'jsonl');
  assert.equal(kind('[{"text": "a"}]'), 'jsonl');
  assert.equal(kind('<p>A fragment</p>'), 'html');
});

test('the extension decides for plain content, then the content type', () => {
  assert.equal(kind('Just words.', 'a.html'), 'html');
  assert.equal(kind('Just words.', 'a.txt'), 'text');
  assert.equal(kind('Just words.', 'a.jsonl'), 'jsonl');
  assert.equal(kind('Just words.', 'https://x.test/story?id=3', 'text/html; charset=utf-8'), 'html');
  assert.equal(kind('Just words.', 'https://x.test/story', 'text/plain'), 'text');
  assert.equal(kind('Just words.', 'notes'), 'text');
});

test('text that merely starts with a brace or a bracket is text', () => {
  assert.equal(kind('{Editor\'s note} The mayor said...', 'a.txt'), 'text');
  assert.equal(kind('[Updated] The mayor said...'), 'text');
  assert.equal(kind('<3 this story'), 'text');
});

test('control characters mean binary data', () => {
  assert.equal(kind('abc\u0000def'), 'unsupported:binary data');
  assert.equal(kind('\u0001\u0002\u0003\u0004 xx'), 'unsupported:binary data');
  assert.equal(kind('tab\tand\r\nnewline\fform feed'), 'text');
});

test('control characters past the first 8 KB still mean binary data', () => {
  const text = `${'Plain words. '.repeat(1000)}${'\u0001\u0002\u0003\u0004'.repeat(200)}`;
  assert.equal(kind(text, 'a.txt'), 'unsupported:binary data');
  assert.equal(kind(`${'Plain words. '.repeat(1000)}\u0000`, 'a.txt'), 'unsupported:binary data');
});

test('JSON Lines with CR-only line endings are JSON Lines', () => {
  assert.equal(kind('{"text": "a"}\r{"text": "b"}\r'), 'jsonl');
});
