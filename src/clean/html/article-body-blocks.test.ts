import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleBodyBlocks } from './article-body-blocks.ts';

test('articleBodyBlocks reads a plain JSON-LD body one paragraph a line, and an HTML one by its markup', () => {
  assert.deepEqual(articleBodyBlocks('First paragraph.\r\nSecond  paragraph.\n\n Third.').map((b) => b.text), ['First paragraph.', 'Second paragraph.', 'Third.']);
  assert.deepEqual(articleBodyBlocks('<p>One &amp; two.</p><p>Three <a href="/x">four</a>.</p>').map((b) => b.text), ['One & two.', 'Three four.']);
  assert.deepEqual(articleBodyBlocks('Prices rose 3 < 4 percent.').map((b) => b.text), ['Prices rose 3 < 4 percent.'], 'a "<" in prose is no markup');
});

test('articleBodyBlocks flattens markup nested past the cap before parsing it', () => {
  const deep = `${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}`;
  assert.deepEqual(articleBodyBlocks(deep).map((b) => b.text), ['Deep text.']);
});
