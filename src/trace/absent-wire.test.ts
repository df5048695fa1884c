import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, CopyEdge, Origin } from '../model/index.ts';
import { dropAbsentWirePairs } from './absent-wire.ts';

function article(id: string, outlet: string | null): Article {
  return { id, source: id, text: 'x', removed: [], sourceMap: [], url: null, title: null, byline: null, outlet, published: null, language: 'en', paragraphs: [], sentences: [] };
}
const edge = (from: string, to: string): CopyEdge => ({ from, to, score: 0.05, evidence: [] });
const reuters = (articles: string[]): Origin => ({ name: 'Reuters', kind: 'wire', articles, evidence: [] });

test('two outlets crediting a wire the bundle does not hold: what they share is taken as the wire\'s', () => {
  const articles = [article('a', 'Daily One'), article('b', 'Daily Two'), article('c', 'Daily Three')];
  const kept = dropAbsentWirePairs([edge('a', 'b'), edge('a', 'c')], articles, [reuters(['a', 'b'])]);
  assert.deepEqual(kept.map((e) => `${e.from}->${e.to}`), ['a->c']);
});

test('with the wire\'s own copy in the bundle, pairs of outlets crediting it stay', () => {
  const articles = [article('w', 'Reuters'), article('a', 'Daily One'), article('b', 'Daily Two')];
  const kept = dropAbsentWirePairs([edge('w', 'a'), edge('a', 'b')], articles, [reuters(['a', 'b'])]);
  assert.equal(kept.length, 2);
});
