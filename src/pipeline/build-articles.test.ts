import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../model/index.ts';
import { buildArticles } from './build-articles.ts';

const prose = 'The harbour bridge reopened on Monday after three weeks of repairs, the city said. Traffic fell by half while it was closed.';
const doc = (source: string, body: string, input?: string): RawDocument => ({ source, ...(input && { input }), format: 'text', body, meta: {} });

test('an input over its time budget is skipped with one line naming it; a container names the item it stopped at', () => {
  // A clock that moves 4 s every time it is read: the first document's checks use up a 10 s budget.
  let clock = 0;
  const now = (): number => (clock += 4000);
  const documents = [doc('slow.txt', prose), doc('feed.xml#1', `${prose} One.`, 'feed.xml'), doc('feed.xml#2', `${prose} Two.`, 'feed.xml'), doc('feed.xml#3', `${prose} Three.`, 'feed.xml')];
  const { articles, problems } = buildArticles(documents, { maxMs: 10_000, now });
  assert.deepEqual(articles.map((a) => a.source), []);
  assert.deepEqual(problems, [
    { input: 'slow.txt', reason: 'Skipped: cleaning it took longer than the time limit (10 s; --max-seconds)' },
    { input: 'feed.xml', reason: '3 items from "feed.xml#1" on skipped: cleaning this input took longer than the time limit (10 s; --max-seconds)' },
  ]);
  const relaxed = buildArticles(documents, { maxMs: 1e9, now });
  assert.equal(relaxed.articles.length, 4);
});

test('junk is refused as such, and an article over the size cap is named, not read', () => {
  const { articles, problems } = buildArticles([
    doc('one-byte.txt', '7'),
    doc('noise.txt', '#$%&()*+,-./:;<=>?@[]^_`{|}~ k3 #$%&()*+ Zq/:;<=>?@[]^ ' .repeat(50)),
    doc('long.txt', prose.repeat(10)),
    doc('far-too-long.txt', `${prose}\n`.repeat(100)),
    doc('good.txt', prose),
  ], { maxChars: 1000 });
  assert.deepEqual(articles.map((a) => a.source), ['good.txt']);
  assert.deepEqual(problems.map((p) => [p.input, p.reason.replace(/\(.*\)/, '(…)')]), [
    ['one-byte.txt', 'Not text: no words in it'],
    ['noise.txt', 'Not text: mostly symbols, not words (…)'],
    ['long.txt', 'Article text longer than the limit (…)'],
    ['far-too-long.txt', 'Article text longer than the limit (…)'],
  ]);
  assert.match(problems[3]!.reason, /12,500 characters before cleaning/);
});
