import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSupportedFileName } from './is-supported-file-name.ts';

test('article types are kept, others skipped', () => {
  for (const n of ['a.txt', 'b.HTML', 'c.htm', 'd.jsonl', 'e.ndjson', 'f.json', 'g.xml', 'h.rss', 'i.atom', 'j.html.gz', 'k.txt.gz']) {
    assert.equal(isSupportedFileName(n), true, n);
  }
  for (const n of ['README.md', 'a.png', 'b.pdf', 'c.gz', 'd.tar.gz', 'e.docx', 'txt', 'f.txt.bak']) {
    assert.equal(isSupportedFileName(n), false, n);
  }
});
