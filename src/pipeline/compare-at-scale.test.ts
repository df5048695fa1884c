import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Article, Divergence, Mention } from '../model/index.ts';
import { spannedText } from '../model/index.ts';
import { fixtureArticle } from '../align/_fixture-article.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { alignClaims } from '../align/align-claims.ts';
import { compareStory } from '../compare/compare-claims.ts';
import { ingest } from '../ingest/ingest.ts';
import { buildArticles } from './build-articles.ts';
import { compareAtScale } from './compare-at-scale.ts';
import { COMPARE_WHOLE, planComparison } from './plan-comparison.ts';

const WIRE = [
  'Fourteen people were hurt when a tram left the rails in the city centre on Tuesday morning, the fire service said.',
  'The tram was carrying about 60 passengers when it derailed on a bend near the central station.',
  'Investigators are examining whether a faulty switch caused the crash, a spokeswoman for the operator said.',
].join('\n');

// A widely copied story: `copies` verbatim copies and `changed` that tell 41 hurt for 14 under the wire's headline
// (14 hurt); the same text under other ids, as a syndicated story reaches many sites.
function story(copies: number, changed: number): { articles: Article[]; mentions: Map<string, readonly Mention[]> } {
  const articles: Article[] = [];
  for (let k = 0; k < copies + changed; k++) {
    const altered = k % Math.ceil((copies + changed) / changed) === 1 && articles.filter((a) => a.text !== WIRE).length < changed;
    const text = altered ? WIRE.replace('Fourteen people', '41 people') : WIRE;
    articles.push({ ...fixtureArticle(text, `site${String(k).padStart(3, '0')}`), title: '14 people hurt as tram leaves the rails', published: '2025-05-06T09:00:00Z' });
  }
  return { articles, mentions: new Map(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)])) };
}

function holds(d: Divergence, articles: readonly Article[]): boolean {
  const a = articles.find((x) => x.id === d.article)!;
  return spannedText(a, d).slice(d.start, d.end) === d.text;
}

test('a bundle whose claims have few carriers is compared as it is', async () => {
  const dir = fileURLToPath(new URL('../../examples/harbor-bridge', import.meta.url));
  const { documents } = await ingest([dir], {});
  const articles = buildArticles(documents).articles;
  const mentions = new Map(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)] as const));
  const claims = await alignClaims(articles, mentions, { embedBudget: 0 });
  assert.deepEqual(compareAtScale(articles, mentions, claims), compareStory(articles, mentions, claims));
});

test('a widely copied wording is judged once and every copy carries its findings, at its own words', async () => {
  const { articles, mentions } = story(COMPARE_WHOLE + 26, 10);
  const claims = await alignClaims(articles, mentions, { embedBudget: 0 });
  assert.ok(claims.some((c) => c.articles.length > COMPARE_WHOLE), 'the test needs a claim past the whole-comparison size');
  const plan = planComparison(articles, claims, []);
  assert.ok(plan.articles.length < articles.length / 2, `${plan.articles.length} of ${articles.length} articles compared`);
  const { divergences, told } = compareAtScale(articles, mentions, claims);
  assert.ok(divergences.every((d) => holds(d, articles)), 'every span points at its words');
  assert.equal(new Set(divergences.map((d) => d.id)).size, divergences.length, 'ids are unique');
  const altered = articles.filter((a) => a.text !== WIRE).map((a) => a.id);
  const figures = divergences.filter((d) => d.kind === 'number' && d.field === undefined);
  // each of the ten that changed the toll is flagged there, and no verbatim copy is
  assert.deepEqual([...new Set(figures.map((d) => d.article))].sort(), altered);
  assert.ok(figures.every((d) => d.text === '41'));
  // the same headline over another story: read against each article's own story, it departs where the story changed
  const headlines = divergences.filter((d) => d.field === 'title');
  assert.deepEqual([...new Set(headlines.map((d) => d.article))].sort(), altered);
  assert.ok(headlines.every((d) => d.text === '14'));
  const lead = claims.find((c) => c.text.startsWith('Fourteen') || c.text.startsWith('41'))!;
  assert.equal(told.get(lead.id), 'changed');
});

test('judged at scale, the copies get the findings the whole comparison gives them', async () => {
  const { articles, mentions } = story(COMPARE_WHOLE + 26, 10);
  const claims = await alignClaims(articles, mentions, { embedBudget: 0 });
  const key = (d: Divergence): string => `${d.article} ${d.kind} ${d.start} ${d.end} ${d.field ?? ''}`;
  const whole = compareStory(articles, mentions, claims).divergences.map(key).sort();
  const scaled = compareAtScale(articles, mentions, claims).divergences.map(key).sort();
  assert.deepEqual(scaled, whole);
});

test('a part of a large claim judges its own wordings only: their findings as before, none worked out for the company', async () => {
  const { articles, mentions } = story(COMPARE_WHOLE + 26, 10);
  const claims = await alignClaims(articles, mentions, { embedBudget: 0 });
  const plan = planComparison(articles, claims, []);
  const parts = plan.parts.filter((p) => p.judged !== null);
  assert.ok(parts.length > 0, 'the test needs a claim compared in parts');
  let company = 0;
  let spared = 0;
  for (const p of parts) {
    const judged = new Set(p.judged!.values());
    const all = compareStory(plan.articles, mentions, [p.part], { unique: [] }).divergences.filter((d) => d.field === undefined);
    const only = compareStory(plan.articles, mentions, [p.part], { unique: [], judged: new Map([[p.part.id, judged]]) }).divergences.filter((d) => d.field === undefined);
    const mine = (d: Divergence): boolean => judged.has(d.article);
    assert.deepEqual(only.filter(mine), all.filter(mine));
    company += all.filter((d) => !mine(d)).length;
    spared += all.filter((d) => !mine(d)).length - only.filter((d) => !mine(d)).length;
  }
  // the sample beside the judged wordings holds a changed copy besides the changed wording's representative: its
  // departure is judged where its wording is, not here
  assert.ok(company > 0, 'the company departs somewhere, or the test shows nothing');
  assert.equal(spared, company);
});
