import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { expandGlob } from './expand-glob.ts';
import { makeTempTree } from './_make-temp-tree.ts';

test('globs expand to sorted matches in the form they were written', async () => {
  const tree = await makeTempTree({ 'b.txt': 'b', 'a.txt': 'a', 'c.html': 'c', '.h.txt': 'h', 'sub/d.txt': 'd', 'sub/deep/e.txt': 'e', '.git/f.txt': 'f' });
  try {
    const d = tree.dir;
    assert.deepEqual((await expandGlob(`${d}/*.txt`)).matches, [join(d, 'a.txt'), join(d, 'b.txt')]);
    assert.deepEqual((await expandGlob(`${d}/?.*`)).matches, [join(d, 'a.txt'), join(d, 'b.txt'), join(d, 'c.html')]);
    assert.deepEqual((await expandGlob(`${d}/**/*.txt`)).matches, [join(d, 'a.txt'), join(d, 'b.txt'), join(d, 'sub/d.txt'), join(d, 'sub/deep/e.txt')]);
    assert.deepEqual((await expandGlob(`${d}/s*/*.txt`)).matches, [join(d, 'sub/d.txt')]);
    assert.deepEqual((await expandGlob(`${d}/s*`)).matches, [join(d, 'sub')]);
    assert.deepEqual((await expandGlob(`${d}/*.pdf`)).matches, []);
    assert.deepEqual((await expandGlob(`${d}/nowhere/*.txt`)).matches, []);
  } finally {
    await tree.remove();
  }
});

test('relative globs stay relative', async () => {
  const tree = await makeTempTree({ 'x/one.txt': '1', 'x/two.txt': '2' });
  const cwd = process.cwd();
  try {
    process.chdir(tree.dir);
    assert.deepEqual((await expandGlob('x/*.txt')).matches, ['x/one.txt', 'x/two.txt']);
    assert.deepEqual((await expandGlob('*/one.txt')).matches, ['x/one.txt']);
    assert.deepEqual((await expandGlob('./x/t*.txt')).matches, ['x/two.txt']);
  } finally {
    process.chdir(cwd);
    await tree.remove();
  }
});
