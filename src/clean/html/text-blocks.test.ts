import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from './parse-page.ts';
import { textBlocks } from './text-blocks.ts';

const blocks = (html: string): string[] => textBlocks(parsePage(html).body).map((b) => b.text);

test('one paragraph per block element, inline markup joined, whitespace collapsed', () => {
  assert.deepEqual(blocks('<div><h2>Head</h2><p>One <b>bold</b>\n  word.</p><ul><li>First</li><li>Second</li></ul><blockquote>Quoted</blockquote></div>'),
    ['Head', 'One bold word.', 'First', 'Second', 'Quoted']);
});

test('<br> breaks a paragraph; scripts, styles and hidden elements are skipped', () => {
  assert.deepEqual(blocks('<p>Line one<br>Line two<br><br>Line three</p><script>var x = 1;</script><style>p{}</style><p hidden>secret</p>'),
    ['Line one', 'Line two', 'Line three']);
});

test('table cells of a row read as one line', () => {
  assert.deepEqual(blocks('<table><tr><td>Name</td><td>Value</td></tr><tr><td>Rate</td><td>4%</td></tr></table>'), ['Name Value', 'Rate 4%']);
});

test('records link share and the holding element', () => {
  const [teaser, prose] = textBlocks(parsePage('<ul><li><a href="/x">Other story</a></li></ul><p>Text with <a href="/y">a link</a> inside.</p>').body);
  assert.equal(teaser?.tag, 'LI');
  assert.equal(teaser?.linkChars, teaser?.rawChars);
  assert.equal(prose?.tag, 'P');
  assert.ok((prose?.linkChars ?? 0) < (prose?.rawChars ?? 0) / 2);
});
