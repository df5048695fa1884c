import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import { fixtureArticle } from '../align/_fixture-article.ts';
import { findUnique } from './find-unique.ts';

const a = fixtureArticle('One shared fact. A local detail. Another local detail.\nSecond shared fact.\nA closing local line.', 'a');
const b = fixtureArticle('One shared fact here.\nSecond shared fact.', 'b');
const claimOf = (id: string, pieces: Array<[typeof a, string]>): Claim => {
  const support = pieces.map(([article, words]) => {
    const start = article.text.indexOf(words);
    return spanOf(article.id, article.text, start, start + words.length);
  });
  return { id, text: support[0]?.text ?? '', articles: support.map((s) => s.article), support };
};

test('uncovered sentences are merged into one passage per paragraph run', () => {
  const claims = [
    claimOf('c1', [[a, 'One shared fact.'], [b, 'One shared fact here.']]),
    claimOf('c2', [[a, 'Second shared fact.'], [b, 'Second shared fact.']]),
  ];
  const unique = findUnique([a, b], claims);
  assert.deepEqual(unique.map((s) => [s.article, s.text]), [
    ['a', 'A local detail. Another local detail.'],
    ['a', 'A closing local line.'],
  ]);
  for (const span of unique) assert.equal(a.text.slice(span.start, span.end), span.text);
});

test('with no claims, every paragraph is outlet-only; leftover punctuation is not', () => {
  assert.equal(findUnique([a, b], []).length, 5);
  const c = fixtureArticle('Covered words, ”', 'c');
  const unique = findUnique([c], [claimOf('c3', [[c, 'Covered words']])]);
  assert.deepEqual(unique, []);
});

test('a section heading is not an outlet-only passage', () => {
  const c = fixtureArticle('What the inspectors found\nOne shared fact. A detail only this outlet has.', 'c');
  const unique = findUnique([c], [claimOf('c4', [[c, 'One shared fact.']])]);
  assert.deepEqual(unique.map((s) => s.text), ['A detail only this outlet has.']);
});

test('a joining word left between two covered clauses is not an outlet-only passage', () => {
  const c = fixtureArticle('The bridge was halted and the contractor was told to stop work.', 'c');
  const unique = findUnique([c], [claimOf('c5', [[c, 'The bridge was halted']]), claimOf('c6', [[c, 'the contractor was told to stop work.']])]);
  assert.deepEqual(unique, []);
});
