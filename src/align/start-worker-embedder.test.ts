import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startWorkerEmbedder } from './start-worker-embedder.ts';

const cosine = (a: Float32Array, b: Float32Array): number => {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i]! * b[i]!; na += a[i]! ** 2; nb += b[i]! ** 2; }
  return dot / Math.sqrt(na * nb);
};

test('worker threads embed sentences in order, paraphrases closer than unrelated ones', async () => {
  const encoder = startWorkerEmbedder(1);
  encoder.addWorker();
  try {
    const [a, b, c] = await encoder.embed([
      'The ferry service was cancelled because of the storm.',
      'Because of the storm, the ferry was called off.',
      'The city council approved a new budget for schools.',
    ]);
    assert.ok(a && b && c);
    assert.equal(a.length, 512);
    assert.ok(cosine(a, b) > cosine(a, c) + 0.1, `paraphrase ${cosine(a, b)} vs unrelated ${cosine(a, c)}`);
    assert.deepEqual(await encoder.embed([]), []);
  } finally {
    await encoder.stop();
  }
});
