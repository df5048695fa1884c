import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.ts';
import { estimateCopying } from './copy-graph.ts';

function article(id: string, text: string, published: string | null): Article {
  return { id, source: id, text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published, language: 'en', paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }] };
}

const wire = 'The city council voted on Tuesday to close the old river bridge to all traffic until the spring.';

test('finds the later article reusing an earlier one beyond the shared wire text', () => {
  const extra = 'Engineers who inspected the span last month found deep cracks in two of its supports.';
  const articles = [
    article('late', `${wire} ${extra}`, '2025-04-02T12:00:00Z'),
    article('early', `${wire} ${extra}`, '2025-04-01T09:00:00Z'),
    article('other', `${wire} Local shops fear losing customers.`, '2025-04-01T10:00:00Z'),
    article('fourth', `${wire} Drivers face long detours.`, '2025-04-01T11:00:00Z'),
  ];
  const edges = estimateCopying(articles, []);
  assert.equal(edges.length, 1);
  const edge = edges[0]!;
  assert.equal(edge.from, 'early');
  assert.equal(edge.to, 'late');
  assert.ok(edge.score > 0.3 && edge.score <= 1);
  assert.ok(edge.evidence.some((e) => e.text.includes('found deep cracks')));
  assert.ok(!edge.evidence.some((e) => e.text.includes('river bridge')), 'wire text shared by all is not evidence of copying');
});

test('independent rewrites are not linked', () => {
  const articles = [
    article('a', 'Councillors agreed to shut the bridge over the river until spring.', null),
    article('b', 'The old river crossing will be closed to traffic for months, the council decided.', null),
  ];
  assert.deepEqual(estimateCopying(articles, []), []);
});
