import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import { analyzeStored } from './analyze-stored.ts';
import { startAnalysisThread } from './start-analysis-thread.ts';

function version(id: string, outlet: string, text: string): Article {
  return { id, source: `${id}.txt`, url: null, title: 'Bridge closed', byline: null, outlet, published: '2026-02-21T10:00:00Z', language: 'en', text, removed: [], sourceMap: [], ...segment(text) };
}

const story = [
  version('a', 'Valmora Gazette', 'Officials said 12 people were hurt when the harbor bridge closed on Monday.\n\nThe mayor said it would reopen in March.'),
  version('b', 'Coastal Times', 'Officials said at least 14 people were hurt when the harbor bridge closed on Monday.\n\nThe mayor said it may reopen in March.'),
  version('c', 'Daily Ledger', 'Twelve people were hurt when the harbor bridge closed on Monday, officials said.\n\nIt will reopen in April, the mayor said.'),
];

test('a story analysed on the thread is the report analyzeStored makes of it here', async () => {
  const thread = startAnalysisThread();
  try {
    assert.deepEqual(await thread.analyze(story, { embedBudget: 0 }), await analyzeStored(story, { embedBudget: 0 }));
  } finally {
    await thread.stop();
  }
});

test('an analysis that throws fails with its error, and the thread analyses the next story', async () => {
  const thread = startAnalysisThread();
  try {
    const unreadable = story.map((v) => ({ ...v, sentences: null }) as unknown as Article);
    await assert.rejects(thread.analyze(unreadable, { embedBudget: 0 }), /sentences is not iterable/);
    assert.ok((await thread.analyze(story, { embedBudget: 0 })).claims.length > 0);
  } finally {
    await thread.stop();
  }
});

test('a thread whose module cannot load fails the analysis with the loading error', async () => {
  const thread = startAnalysisThread({ source: "throw new Error('module missing');" });
  try {
    await assert.rejects(thread.analyze(story, { embedBudget: 0 }), /The analysis thread failed: module missing/);
  } finally {
    await thread.stop();
  }
});

test('an abandoned analysis fails at once and ends the busy thread; the next story gets a new thread', async () => {
  const thread = startAnalysisThread();
  try {
    const stop = new AbortController();
    const abandoned = thread.analyze(story, { embedBudget: 0, signal: stop.signal });
    stop.abort(new Error('stopping'));
    await assert.rejects(abandoned, /stopping/);
    assert.ok((await thread.analyze(story, { embedBudget: 0 })).claims.length > 0);
  } finally {
    await thread.stop();
  }
});

test('a stopped thread fails what it held and takes no more', async () => {
  const thread = startAnalysisThread();
  const held = assert.rejects(thread.analyze(story, { embedBudget: 0 }), /The analysis thread was stopped/);
  await thread.stop();
  await held;
  await assert.rejects(thread.analyze(story, { embedBudget: 0 }), /The analysis thread was stopped/);
});
