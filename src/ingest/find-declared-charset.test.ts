import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetOfContentType, findDeclaredCharset } from './find-declared-charset.ts';

const find = (s: string): string | null => findDeclaredCharset(Buffer.from(s, 'latin1'));

test('meta charset, http-equiv and the XML declaration are found', () => {
  assert.equal(find('<!doctype html><html><head><meta charset="windows-1252">'), 'windows-1252');
  assert.equal(find("<head><META CHARSET=iso-8859-1 />"), 'iso-8859-1');
  assert.equal(find('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 'ISO-8859-1');
  assert.equal(find('<meta content="text/html; charset=koi8-r" http-equiv="content-type">'), 'koi8-r');
  assert.equal(find("<?xml version='1.0' encoding='ISO-8859-15'?><rss>"), 'ISO-8859-15');
});

test('other metas and late declarations are not declarations', () => {
  assert.equal(find('<meta name="description" content="about charset=utf-16 things">'), null);
  assert.equal(find(`${' '.repeat(3000)}<meta charset="koi8-r">`), null);
  assert.equal(find('plain text'), null);
});

test('the charset parameter of a content type is read', () => {
  assert.equal(charsetOfContentType('text/html; charset="Windows-1252"'), 'Windows-1252');
  assert.equal(charsetOfContentType('text/html;charset=utf-8'), 'utf-8');
  assert.equal(charsetOfContentType('text/html'), null);
  assert.equal(charsetOfContentType(null), null);
});
