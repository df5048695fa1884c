import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../model/index.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import { buildArticles } from './build-articles.ts';
import { streamArticles, type ReadInput, type StreamItem } from './stream-articles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = 'Local news from the valley and beyond';

// Document i: its own reporting, between a shared line that carries none and (for two neighbours only) a pair line.
function story(i: number): RawDocument {
  const body = [
    `Council meeting ${i} approved budget line ${i * 7} after a vote of ${i + 3} to 2, officials said on Tuesday.`,
    SHARED,
    `The measure number ${i} will take effect in ${i + 1} weeks, according to the clerk's office.`,
    ...(i === 9 || i === 10 ? ['Harbor Desk weekend edition'] : []),
  ].join('\n\n');
  return { source: `story-${String(i).padStart(2, '0')}.txt`, format: 'text', body, meta: {} };
}

async function* inputsOf(documents: readonly RawDocument[]): AsyncGenerator<ReadInput> {
  for (const doc of documents) yield { documents: [doc], problems: [] };
}

async function collect(items: AsyncIterable<StreamItem>): Promise<StreamItem[]> {
  const all: StreamItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

test('streamed articles come out in input order, shared boilerplate removed within each window and judged only there', async () => {
  const documents = Array.from({ length: 25 }, (_, i) => story(i));
  const items = await collect(streamArticles(inputsOf(documents), { windowDocuments: 10 }));
  const articles = items.flatMap((item) => item.kind === 'article' ? [item.article] : []);
  assert.deepEqual(articles.map((a) => a.source), documents.map((d) => d.source));
  assert.deepEqual(items.filter((item) => item.kind === 'problem'), []);
  for (const a of articles) {
    assert.doesNotMatch(a.text, /Local news from/, `${a.source} keeps the shared line`);
    assert.ok(a.removed.some((r) => r.text === SHARED && r.reason === 'bundle-boilerplate'), a.source);
    assert.match(a.text, /Council meeting \d+ approved/);
  }
  // Stories 9 and 10 share a line, but they fall in different windows (0-9, 10-19): each window sees it once.
  for (const a of articles.filter((x) => /story-(09|10)/.test(x.source))) assert.match(a.text, /Harbor Desk/, a.source);
  const together = await collect(streamArticles(inputsOf(documents), { windowDocuments: 30 }));
  for (const item of together) if (item.kind === 'article') assert.doesNotMatch(item.article.text, /Harbor Desk/);
});

test('a bundle smaller than one window streams exactly as buildArticles reads it', async () => {
  const { entries } = await expandInputs([join(root, 'examples/harbor-bridge')]);
  const streamed = await collect(streamArticles(readEntries(entries)));
  const documents: RawDocument[] = [];
  for await (const read of readEntries(entries)) documents.push(...read.documents);
  const built = buildArticles(documents);
  assert.deepEqual(streamed.flatMap((item) => item.kind === 'article' ? [item.article] : []), built.articles);
  assert.deepEqual(streamed.flatMap((item) => item.kind === 'problem' ? [item.problem] : []), built.problems);
});

test('the same article read twice is read once, even when its copies are windows apart', async () => {
  const documents = [story(1), story(2), story(3), { ...story(1), source: 'again.txt' }];
  const items = await collect(streamArticles(inputsOf(documents), { windowDocuments: 2 }));
  assert.deepEqual(items.map((item) => item.kind === 'article' ? item.article.source : `${item.problem.input}: ${item.problem.reason}`), [
    'story-01.txt', 'story-02.txt', 'story-03.txt', 'again.txt: Same article as "story-01.txt", read once',
  ]);
});
