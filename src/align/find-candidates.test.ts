import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureArticle } from './_fixture-article.ts';
import { claimUnits } from './claim-units.ts';
import { unitFeatures } from './unit-features.ts';
import { findCandidates } from './find-candidates.ts';

// Sixty outlets carry the wire's sentence word for word; three tell the same thing in their own words.
const copy = 'The port authority suspended work on the harbour bridge after divers found cracks in two piles.';
const own = [
  'Work on the harbour bridge was halted by the port authority once divers spotted cracked piles.',
  'Divers found cracks in two piles, and the port authority has stopped building the harbour bridge.',
  'The port authority froze construction of the harbour bridge when cracks turned up in two piles.',
];
const articles = [...Array.from({ length: 60 }, (_, k) => fixtureArticle(copy, `copy${k}`)), ...own.map((text, k) => fixtureArticle(text, `own${k}`))];
const units = claimUnits(articles);
const features = unitFeatures(units, articles.map(() => []));
const pairs = findCandidates(units, features, { perUnit: 12, queryTerms: 10, maxPosting: 3 * articles.length + 10 });
const article = (u: number): string => articles[units[u]!.article]!.id;

test('every copy of a syndicated wording is linked to its copies and reaches the other wordings of its claim', () => {
  const linked = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    linked.set(article(a), (linked.get(article(a)) ?? new Set()).add(article(b)));
    linked.set(article(b), (linked.get(article(b)) ?? new Set()).add(article(a)));
  }
  for (let k = 0; k < 60; k++) {
    const mine = linked.get(`copy${k}`) ?? new Set();
    assert.ok([...mine].some((x) => x.startsWith('copy')), `copy${k} reaches a copy`);
    assert.ok([...mine].some((x) => x.startsWith('own')), `copy${k} reaches an outlet's own wording`);
  }
});

test('candidates grow with the copies, not with their pairs', () => {
  // four distinct wordings: each unit links to at most those four, not to twelve of the sixty copies
  assert.ok(pairs.length <= articles.length * 4, `${pairs.length} pairs`);
});
