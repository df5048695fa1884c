import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheEmbeddings } from './cache-embeddings.ts';

test('each distinct sentence is embedded once and vectors come back in order', async () => {
  const calls: string[][] = [];
  const embed = cacheEmbeddings(async (sentences) => {
    calls.push(sentences);
    return sentences.map((s) => Float32Array.of(s.length));
  });
  const first = await embed(['ab', 'abc', 'ab']);
  const second = await embed(['abc', 'abcd']);
  assert.deepEqual(calls, [['ab', 'abc'], ['abcd']]);
  assert.deepEqual(first.map((v) => v[0]), [2, 3, 2]);
  assert.deepEqual(second.map((v) => v[0]), [3, 4]);
});

test('an embedder returning the wrong number of vectors is a bug, not a silent gap', async () => {
  const embed = cacheEmbeddings(async () => []);
  await assert.rejects(embed(['a']), /0 vectors for 1 sentences/);
});

test('a sentence asked for while it is being embedded is not embedded twice', async () => {
  const calls: string[][] = [];
  const embed = cacheEmbeddings(async (sentences) => {
    calls.push(sentences);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return sentences.map((s) => Float32Array.of(s.length));
  });
  const [first, second] = await Promise.all([embed(['ab', 'abc']), embed(['abc', 'abcd'])]);
  assert.deepEqual(calls, [['ab', 'abc'], ['abcd']]);
  assert.deepEqual(first.map((v) => v[0]), [2, 3]);
  assert.deepEqual(second.map((v) => v[0]), [3, 4]);
});
