import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode-bytes.ts';

const cp1252 = (s: string): Uint8Array => iconv.encode(s, 'windows-1252');

test('UTF-8 without a declaration is read as UTF-8', () => {
  const d = decodeBytes(Buffer.from('Café “quoted” — 32 €', 'utf8'));
  assert.equal(d.text, 'Café “quoted” — 32 €');
  assert.equal(d.encoding, 'utf-8');
});

test('byte order marks win and are removed', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Señor “x”', 'utf16le')]);
  assert.deepEqual([decodeBytes(le).text, decodeBytes(le).from], ['Señor “x”', 'bom']);
  const be = Buffer.from(Buffer.from('\ufeffÉté', 'utf16le')).swap16();
  assert.equal(decodeBytes(be).text, 'Été');
  const u8 = Buffer.from('\ufeffnaïve', 'utf8');
  assert.equal(decodeBytes(u8, 'windows-1252').text, 'naïve');
});

test('undeclared bytes that are not UTF-8 fall back to windows-1252', () => {
  const d = decodeBytes(cp1252('He said “yes” – café'));
  assert.equal(d.text, 'He said “yes” – café');
  assert.equal(d.encoding, 'windows-1252');
});

test('the transport charset is used, and ISO-8859-1 is read as windows-1252', () => {
  const bytes = cp1252('it’s “here”');
  assert.equal(decodeBytes(bytes, 'ISO-8859-1').text, 'it’s “here”');
  assert.equal(decodeBytes(bytes, 'iso-8859-1').from, 'header');
  const cyr = iconv.encode('Привет', 'koi8-r');
  assert.equal(decodeBytes(cyr, 'koi8-r').text, 'Привет');
});

test('a meta charset or XML declaration in the document is honoured', () => {
  const html = cp1252('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>crème</body></html>');
  assert.match(decodeBytes(html).text, /crème/);
  const meta = iconv.encode('<meta charset="windows-1251"><p>Мир</p>', 'windows-1251');
  assert.match(decodeBytes(meta).text, /Мир/);
  const xml = iconv.encode('<?xml version="1.0" encoding="ISO-8859-15"?><rss>€uro</rss>', 'iso-8859-15');
  assert.match(decodeBytes(xml).text, /€uro/);
});

test('an unknown label is ignored and a UTF-16 label on ASCII bytes means UTF-8', () => {
  assert.equal(decodeBytes(Buffer.from('é', 'utf8'), 'no-such-charset').text, 'é');
  assert.equal(decodeBytes(Buffer.from('<meta charset="utf-16"><p>ü</p>', 'utf8')).text, '<meta charset="utf-16"><p>ü</p>');
});

test('UTF-16 without a byte order mark is recognised by its zero bytes', () => {
  assert.equal(decodeBytes(Buffer.from('Plain words here', 'utf16le')).text, 'Plain words here');
});

test('UTF-8 with a stray legacy byte keeps both readable', () => {
  const bytes = Buffer.concat([Buffer.from('naïve ', 'utf8'), cp1252('“x”')]);
  assert.equal(decodeBytes(bytes).text, 'naïve “x”');
  assert.equal(decodeBytes(bytes, 'utf-8').text, 'naïve “x”');
});

test('UTF-32 with a byte order mark is recognised, both byte orders', () => {
  const text = 'Señor “x” 😀';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(iconv.encode(text, 'utf-32le', { addBOM: false }))]);
  const be = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from(iconv.encode(text, 'utf-32be', { addBOM: false }))]);
  assert.deepEqual([decodeBytes(le).text, decodeBytes(le).encoding], [text, 'utf-32le']);
  assert.deepEqual([decodeBytes(be).text, decodeBytes(be).encoding], [text, 'utf-32be']);
});
