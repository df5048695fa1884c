import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandInputs } from './expand-inputs.ts';
import { makeTempTree } from './_make-temp-tree.ts';

test('files, directories, globs, URLs and stdin expand in order, each read once', async () => {
  const tree = await makeTempTree({ 'a.txt': 'a', 'b.html': 'b', 'c.png': 'c', 'sub/d.txt': 'd', 'empty/x.png': 'x' });
  const d = tree.dir;
  try {
    await symlink(join(d, 'a.txt'), join(d, 'link.txt'));
    const { entries, problems } = await expandInputs([
      join(d, 'a.txt'), '-', 'https://news.test/a', 'https://news.test/a', join(d, 'a.txt'), `${d}/*.txt`, d, '-',
      join(d, 'c.png'), join(d, 'missing.txt'), `${d}/*.pdf`, join(d, 'empty'), pathToFileURL(join(d, 'sub', 'd.txt')).href,
    ]);
    assert.deepEqual(entries.map((e) => `${e.kind}:${e.input.replace(d, '~')}`), [
      'file:~/a.txt', 'stdin:-', 'url:https://news.test/a', 'file:~/b.html', 'file:~/sub/d.txt', 'file:~/c.png', 'file:~/missing.txt',
    ]);
    assert.deepEqual(problems.map((p) => [p.input.replace(d, '~'), p.reason]), [
      ['~/*.pdf', 'No files match this pattern'],
      ['~/empty', 'No supported files in this directory'],
    ]);
  } finally {
    await tree.remove();
  }
});

test('a path that exists is taken literally even with glob characters in it', async () => {
  const tree = await makeTempTree({ 'odd[1].txt': 'o', 'odd1.txt': 'one' });
  try {
    const { entries } = await expandInputs([join(tree.dir, 'odd[1].txt')]);
    assert.deepEqual(entries.map((e) => e.input), [join(tree.dir, 'odd[1].txt')]);
  } finally {
    await tree.remove();
  }
});

test('a malformed glob is a problem naming it; glob matches that leave the searched directory are not followed', async () => {
  const tree = await makeTempTree({ 'in/a.txt': 'a', 'outside/secret.txt': 's' });
  try {
    await symlink(join(tree.dir, 'outside', 'secret.txt'), join(tree.dir, 'in', 'leak.txt'));
    const { entries, problems } = await expandInputs([`${tree.dir}/in/[z-a]*.txt`, `${tree.dir}/in/*.txt`]);
    assert.deepEqual(entries.map((e) => e.input.slice(tree.dir.length)), ['/in/a.txt']);
    assert.deepEqual(problems.map((p) => [p.input.slice(tree.dir.length), p.reason]), [
      ['/in/[z-a]*.txt', 'Not a valid pattern (the range "z-a" is backwards)'],
      ['/in/leak.txt', `Symbolic link out of "${join(tree.dir, 'in')}" not followed (use --follow-symlinks)`],
    ]);
    const followed = await expandInputs([`${tree.dir}/in/*.txt`], { followSymlinks: true });
    assert.deepEqual(followed.entries.map((e) => e.input.slice(tree.dir.length)), ['/in/a.txt', '/in/leak.txt']);
  } finally {
    await tree.remove();
  }
});
