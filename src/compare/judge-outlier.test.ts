import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Claim } from '../model/index.ts';
import { createClaimContext } from './claim-context.ts';
import { judgeOutlier } from './judge-outlier.ts';

function contextOf(texts: readonly string[], published: readonly (string | null)[] = []) {
  const articles = texts.map((text, i): Article => ({
    id: `o${i}`, source: `o${i}`, text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null,
    published: published[i] ?? null, language: 'en', paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }],
  }));
  const claim: Claim = { id: 'c', text: texts[0]!, articles: articles.map((a) => a.id), support: articles.map((a) => ({ article: a.id, start: 0, end: a.text.length, text: a.text })) };
  return createClaimContext(claim, new Map(articles.map((article, order) => [article.id, { article, order }])), new Map(), () => []);
}

test('the lone outlier against several witnesses is flagged at full severity', () => {
  const ctx = contextOf(['The dam burst on Monday.', 'The dam burst on Monday.', 'The dam burst on Monday.', 'The dam burst on Monday.']);
  const [v, a, b, c] = ctx.variants;
  assert.deepEqual(judgeOutlier(ctx, v!, [], [a!, b!, c!], 'high'), { severity: 'high' });
  assert.deepEqual(judgeOutlier(ctx, v!, [a!], [b!, c!], 'high'), null, 'two against two is no majority');
});

test('one witness: only the later side is flagged, one step lower', () => {
  const ctx = contextOf(['The dam burst on Monday near the town.', 'The dam burst on Monday near the town.'], ['2025-01-01T08:00:00Z', '2025-01-01T12:00:00Z']);
  const [early, late] = ctx.variants;
  assert.deepEqual(judgeOutlier(ctx, late!, [], [early!], 'high'), { severity: 'medium' });
  assert.equal(judgeOutlier(ctx, early!, [], [late!], 'high'), null);
});

test('one witness with little wording in common is not judged', () => {
  const ctx = contextOf(['The dam burst.', 'Engineers had warned for years that the old structure, built in 1950, could fail under heavy rain and flood the valley.']);
  const [a, b] = ctx.variants;
  assert.equal(judgeOutlier(ctx, b!, [], [a!], 'high'), null);
  assert.equal(judgeOutlier(ctx, a!, [], [b!], 'high'), null);
});
