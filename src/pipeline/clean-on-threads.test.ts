import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../model/index.ts';
import { cleanDocuments } from './clean-documents.ts';
import { cleanOnThreads } from './clean-on-threads.ts';
import { startArticleWorkers, type ArticleWorkers } from './start-article-workers.ts';

const prose = (k: number): string => `The harbour bridge reopened on Monday after ${k + 2} weeks of repairs, the city said. Traffic fell by half while it was closed.`;
const doc = (source: string, body: string, input?: string, format: RawDocument['format'] = 'text'): RawDocument => ({ source, ...(input && { input }), format, body, meta: {} });

// A thread pool that counts the batches it is given, so a test knows the threads did the work.
function counted(workers: ArticleWorkers, runs: string[]): ArticleWorkers {
  return { ...workers, run: (task, input) => { runs.push(task); return workers.run(task, input); } };
}

test('documents cleaned on threads are those cleaned in process: the same documents, problems and order', async () => {
  const documents = [
    doc('feed.xml#1', prose(1), 'feed.xml'),
    doc('a.txt', prose(2)),
    doc('page.html', `<html><head><title>Bridge reopens</title></head><body><nav>Home | News | Sport</nav><article><h1>Bridge reopens</h1><p>${prose(3)}</p><p>Share this story</p></article></body></html>`, undefined, 'html'),
    // an input's items apart in the list: they still go together, and come back in their places
    doc('feed.xml#2', prose(4), 'feed.xml'),
    doc('junk.txt', '#$%&()*+,-./:;<=>?@[]^_`{|}~ k3 #$%&()*+ Zq/:;<=>?@[]^ '.repeat(50)),
    doc('empty.txt', '   '),
    doc('long.txt', prose(5).repeat(20)),
    doc('feed.xml#3', prose(6), 'feed.xml'),
    ...Array.from({ length: 30 }, (_, k) => doc(`story-${k}.txt`, `${prose(k + 7)}\n\nMore from the city desk ${k}.`)),
  ];
  const runs: string[] = [];
  const workers = startArticleWorkers({ threads: 2, minItems: 1 });
  try {
    const serial = cleanDocuments(documents, { maxChars: 2000 });
    const threaded = await cleanOnThreads(documents, { maxChars: 2000 }, counted(workers, runs));
    assert.ok(runs.length >= 2 && runs.every((r) => r === 'clean'), `batches sent: ${runs.join(', ')}`);
    assert.deepEqual(threaded, serial);
    assert.deepEqual(threaded.cleaned.map((d) => d.source).slice(0, 5), ['feed.xml#1', 'a.txt', 'page.html', 'feed.xml#2', 'feed.xml#3']);
    assert.deepEqual(threaded.problems.map((p) => p.input), ['junk.txt', 'empty.txt', 'long.txt']);
  } finally {
    await workers.stop();
  }
});

test('few inputs, one thread, or a test clock are cleaned in process', async () => {
  const runs: string[] = [];
  const workers = startArticleWorkers({ threads: 2 });
  const few = [doc('a.txt', prose(1)), doc('b.txt', prose(2))];
  try {
    assert.deepEqual(await cleanOnThreads(few, {}, counted(workers, runs)), cleanDocuments(few));
    const clock = { now: () => 0 };
    const keen = startArticleWorkers({ threads: 2, minItems: 1 });
    assert.deepEqual(await cleanOnThreads(few, clock, counted(keen, runs)), cleanDocuments(few, clock));
    await keen.stop();
    assert.deepEqual(runs, []);
  } finally {
    await workers.stop();
  }
});
