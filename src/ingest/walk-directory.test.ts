import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { walkDirectory } from './walk-directory.ts';
import { makeTempTree } from './_make-temp-tree.ts';

test('a walk finds supported files, sorted and recursive, skipping dotfiles and other types', async () => {
  const tree = await makeTempTree({
    'b.html': 'b', 'a.txt': 'a', 'c.jsonl': 'c', 'd.txt.gz': 'd', 'feed.xml': 'f', 'photo.png': 'p', 'README.md': 'r',
    '.hidden.txt': 'h', '.cache/x.txt': 'x', 'z/inner.htm': 'i',
  });
  try {
    await symlink(tree.dir, join(tree.dir, 'z', 'loop'));
    const { files, problems } = await walkDirectory(tree.dir);
    assert.deepEqual(files.map((f) => f.slice(tree.dir.length + 1)), ['a.txt', 'b.html', 'c.jsonl', 'd.txt.gz', 'feed.xml', 'z/inner.htm']);
    assert.deepEqual(problems, []);
  } finally {
    await tree.remove();
  }
});
