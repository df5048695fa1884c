import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../model/index.ts';
import { ingest } from '../ingest/ingest.ts';
import { analyzeArticles } from './analyze.ts';
import { buildArticles, buildArticlesOnThreads } from './build-articles.ts';
import { COMPARE_WHOLE } from './plan-comparison.ts';
import { startArticleWorkers, type ArticleWorkers } from './start-article-workers.ts';

// The example story, and the wire's copy as `copies` outlets ran it: some paragraphs dropped, a figure changed here
// and there, a line of their own added by some.
async function bundle(copies: number): Promise<RawDocument[]> {
  const { documents } = await ingest([fileURLToPath(new URL('../../examples/harbor-bridge', import.meta.url))], {});
  const wire = documents.find((d) => d.source.endsWith('01-wire.txt'))!;
  const paragraphs = wire.body.split(/\n\s*\n/);
  const copied = Array.from({ length: copies }, (_, k): RawDocument => {
    const kept = paragraphs.filter((_, p) => p < 5 || (p * 7 + k) % 5 !== 0);
    const body = kept.map((p, i) => (i === 6 && k % 9 === 4 ? p.replace(/\b(\d+)\b/, (n) => String(Number(n) + 3)) : p));
    if (k % 4 === 1) body.push(`Outlet ${k} asked the authority for comment on the cracks; a spokesman declined to say when work would resume.`);
    return { source: `copy-${String(k).padStart(3, '0')}.txt`, format: 'text', body: body.join('\n\n'), meta: { outlet: `Outlet ${k}`, published: `2026-03-0${4 + (k % 3)}T1${k % 10}:00:00Z` } };
  });
  return [...documents, ...copied];
}

// A thread pool that counts the batches it is given, so the test knows the threads did the work.
function counted(workers: ArticleWorkers, runs: Set<string>): ArticleWorkers {
  return { ...workers, run: (task, input) => { runs.add(task); return workers.run(task, input); } };
}

test('a bundle read and analysed on threads gives the report read in process, claims compared at scale included', async () => {
  const documents = await bundle(COMPARE_WHOLE + 6);
  const runs = new Set<string>();
  const workers = startArticleWorkers({ threads: 2, minItems: 1 });
  try {
    const serial = buildArticles(documents);
    const threaded = await buildArticlesOnThreads(documents, {}, counted(workers, runs));
    assert.deepEqual(threaded, serial);
    const expected = await analyzeArticles(serial.articles, { embedBudget: 0 });
    const report = await analyzeArticles(threaded.articles, { embedBudget: 0, workers: counted(workers, runs) });
    assert.deepEqual([...runs].sort(), ['clean', 'mentions', 'tags']);
    // a claim carried by more articles than are compared whole: compared as its distinct wordings
    assert.ok(expected.claims.some((c) => new Set(c.support.map((s) => s.article)).size > COMPARE_WHOLE));
    assert.ok(expected.divergences.length > 0 && expected.unique.length > 0);
    assert.deepEqual(report, expected);
  } finally {
    await workers.stop();
  }
});
