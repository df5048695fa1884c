import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractMentions } from '../extract/extract-mentions.ts';
import { startArticleWorkers } from './start-article-workers.ts';

const text = 'The harbour bridge reopened on Monday after 3 weeks of repairs, the city said.';
const sentences = [{ start: 0, end: text.length }];

test("a thread runs a stage's own function: the mentions it reads are those read in process", async () => {
  const workers = startArticleWorkers({ threads: 2 });
  try {
    const [mentions] = await workers.run('mentions', [{ text, sentences, published: '2026-03-02' }]);
    assert.deepEqual(mentions, extractMentions(text, sentences, '2026-03-02'));
    assert.ok(mentions!.some((m) => m.kind === 'number'));
  } finally {
    await workers.stop();
  }
});

test('a thread starts for work and ends when it has none left; the next work starts threads again', async () => {
  const workers = startArticleWorkers({ threads: 2 });
  try {
    assert.equal(workers.running(), 0);
    const batch = [{ text, sentences, published: null }];
    const three = [workers.run('mentions', batch), workers.run('mentions', batch), workers.run('mentions', batch)];
    assert.equal(workers.running(), 2, 'two threads at most');
    await Promise.all(three);
    assert.equal(workers.running(), 0);
    const [again] = await workers.run('mentions', batch);
    assert.deepEqual(again, extractMentions(text, sentences, null));
    assert.equal(workers.running(), 0);
    assert.equal(workers.started(), 3);
  } finally {
    await workers.stop();
  }
});

test('an error thrown on a thread fails that batch with a message naming the task, and the threads go on', async () => {
  const workers = startArticleWorkers({ threads: 1 });
  try {
    // no text: the extractor throws a TypeError on the thread
    const bad = { text: null as unknown as string, sentences, published: null };
    await assert.rejects(workers.run('mentions', [bad]), (error: Error) => {
      assert.match(error.message, /^An article thread failed at "mentions": /);
      assert.ok(error.cause instanceof Error && /at /.test(error.cause.stack ?? ''), 'the thread\'s stack is kept as the cause');
      return true;
    });
    const [mentions] = await workers.run('mentions', [{ text, sentences, published: null }]);
    assert.ok(mentions!.length > 0);
  } finally {
    await workers.stop();
  }
});

test('a thread that dies fails what it was given and every later batch, instead of leaving them waiting', async () => {
  const dying = "require('node:worker_threads').parentPort.on('message', () => process.exit(3));";
  const workers = startArticleWorkers({ threads: 1, source: dying });
  try {
    await assert.rejects(workers.run('mentions', [{ text, sentences, published: null }]), /An article thread stopped \(exit code 3\)/);
    await assert.rejects(workers.run('mentions', [{ text, sentences, published: null }]), /exit code 3/);
  } finally {
    await workers.stop();
  }
});

test('a thread whose module cannot load fails the batch with the loading error', async () => {
  const broken = "throw new Error('module missing');";
  const workers = startArticleWorkers({ threads: 2, source: broken });
  try {
    await assert.rejects(workers.run('mentions', [{ text, sentences, published: null }]), /An article thread failed: module missing/);
  } finally {
    await workers.stop();
  }
});

test('stopped threads take no more work', async () => {
  const workers = startArticleWorkers({ threads: 2 });
  await workers.run('mentions', [{ text, sentences, published: null }]);
  await workers.stop();
  await assert.rejects(workers.run('mentions', [{ text, sentences, published: null }]), /The article threads were stopped/);
});

test('only enough items go to the threads, and only with more than one thread', () => {
  assert.equal(startArticleWorkers({ threads: 2 }).takes(999), false);
  assert.equal(startArticleWorkers({ threads: 2 }).takes(1000), true);
  assert.equal(startArticleWorkers({ threads: 1 }).takes(5000), false);
  assert.equal(startArticleWorkers({ threads: 2, minItems: 1 }).takes(1), true);
});

test('no thread outlives its work: a run that forgets stop() still ends', () => {
  const module = fileURLToPath(new URL('./start-article-workers.ts', import.meta.url));
  const script = `
    const { startArticleWorkers } = await import(${JSON.stringify(module)});
    const workers = startArticleWorkers({ threads: 2 });
    const [m] = await workers.run('mentions', [{ text: 'Officials said 12 people were hurt.', sentences: [{ start: 0, end: 34 }], published: null }]);
    console.log(m.length > 0 ? 'read' : 'empty');
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.signal, null, 'ended on its own, not by the timeout');
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout.trim(), 'read');
});
