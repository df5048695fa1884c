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

test('a worker that dies fails what was asked of it and every later request, instead of leaving them waiting', async () => {
  // a stand-in encoder thread that ends itself on its first request
  const dying = "require('node:worker_threads').parentPort.on('message', () => process.exit(3));";
  const encoder = startWorkerEmbedder(1, dying);
  try {
    await assert.rejects(encoder.embed(['The ferry was cancelled.']), /stopped|exit code 3/);
    await assert.rejects(encoder.embed(['The bridge reopened.']), /stopped/);
  } finally {
    await encoder.stop();
  }
});

test('a worker that throws fails the request it was given', async () => {
  const failing = "require('node:worker_threads').parentPort.on('message', () => { throw new Error('model broke'); });";
  const encoder = startWorkerEmbedder(1, failing);
  try {
    await assert.rejects(encoder.embed(['The ferry was cancelled.']), /model broke|stopped/);
    await assert.rejects(encoder.embed(['The bridge reopened.']), /stopped/);
  } finally {
    await encoder.stop();
  }
});

test('the encoder threads run in a process started with --input-type=module', async () => {
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const module = fileURLToPath(new URL('./start-worker-embedder.ts', import.meta.url));
  const script = `
    const { startWorkerEmbedder } = await import(${JSON.stringify(module)});
    const encoder = startWorkerEmbedder(1);
    try {
      const [v] = await encoder.embed(['The ferry was cancelled.']);
      console.log(v.length);
    } finally {
      await encoder.stop();
    }
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(child.signal, null, 'ended on its own, not by the timeout');
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout.trim(), '512');
});
