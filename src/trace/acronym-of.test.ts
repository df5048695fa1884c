import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Mention } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { isAcronymOf } from '../text/acronym.ts';
import { traceOrigins } from './trace-origins.ts';

test('an acronym is the initials of a name, with or without its small words', () => {
  assert.equal(isAcronymOf('nso', 'national statistics office'), true);
  assert.equal(isAcronymOf('fda', 'food and drug administration'), true);
  assert.equal(isAcronymOf('boe', 'bank of england'), true);
  assert.equal(isAcronymOf('un', 'union'), false);
  assert.equal(isAcronymOf('nso', 'national weather office'), false);
});

function article(id: string, text: string): Article {
  return { id, source: id, text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published: '2026-03-02T10:00:00Z', language: 'en', ...segment(text) };
}

test('a body credited by its acronym in one outlet and by its name in another is one origin, under the name', () => {
  const articles = [
    article('x', 'Wages rose 3.1 percent in February, the Meridian Labour Institute said on Monday.'),
    article('y', 'Wages grew 3.1 percent last month, the MLI said.'),
  ];
  const origins = traceOrigins(articles, new Map<string, readonly Mention[]>(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)])));
  const office = origins.filter((o) => /mli|meridian labour institute/i.test(o.name));
  assert.equal(office.length, 1, JSON.stringify(origins.map((o) => [o.name, o.kind, o.articles])));
  assert.equal(office[0]!.name.replace(/^the /, ''), 'Meridian Labour Institute');
  assert.deepEqual([...office[0]!.articles].sort(), ['x', 'y']);
});
