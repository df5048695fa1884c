import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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

test('links out of the directory are named, not followed, unless asked; FIFOs are named', async () => {
  const tree = await makeTempTree({ 'in/a.txt': 'a', 'in/sub/b.txt': 'b', 'outside/secret.txt': 's' });
  const dir = join(tree.dir, 'in');
  try {
    await symlink(join(tree.dir, 'outside', 'secret.txt'), join(dir, 'leak.txt'));
    await symlink(join(tree.dir, 'outside'), join(dir, 'etc'));
    await symlink(join(dir, 'sub', 'b.txt'), join(dir, 'inner.txt'));
    await symlink(join(tree.dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const walked = await walkDirectory(dir);
    assert.deepEqual(walked.files.map((f) => f.slice(dir.length + 1)), ['a.txt', 'inner.txt', 'sub/b.txt']);
    assert.deepEqual(walked.problems.map((p) => [p.input.slice(dir.length + 1), p.reason]), [
      ['dangling.txt', 'Broken symbolic link'],
      ['etc', `Symbolic link out of "${dir}" not followed (use --follow-symlinks)`],
      ['leak.txt', `Symbolic link out of "${dir}" not followed (use --follow-symlinks)`],
      ['pipe.txt', 'Not a regular file (a FIFO)'],
    ]);
    const followed = await walkDirectory(dir, { followSymlinks: true });
    assert.deepEqual(followed.files.map((f) => f.slice(dir.length + 1)), ['a.txt', 'etc/secret.txt', 'inner.txt', 'leak.txt', 'sub/b.txt']);
  } finally {
    await tree.remove();
  }
});
