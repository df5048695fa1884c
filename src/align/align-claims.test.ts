import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Claim } from '../model/index.ts';
import { alignClaims } from './align-claims.ts';
import { fixtureArticle } from './_fixture-article.ts';

interface Bundle {
  readonly articles: Array<{ id: string; text: string }>;
  readonly claims: Array<Record<string, string>>;
  readonly unique: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const bundle = JSON.parse(readFileSync(join(here, '../../fixtures/align/bundle-dam.json'), 'utf8')) as Bundle;
const articles: Article[] = bundle.articles.map((a) => fixtureArticle(a.text, a.id));

function claimHolding(claims: readonly Claim[], article: string, snippet: string): Claim | undefined {
  return claims.find((c) => c.support.some((s) => s.article === article && s.text.includes(snippet)));
}

test('every gold claim comes out as one claim carried by exactly its articles (wording alone)', async () => {
  const claims = await alignClaims(articles, new Map(), { embedBudget: 0 });
  for (const gold of bundle.claims) {
    const [firstArticle, firstSnippet] = Object.entries(gold)[0]!;
    const claim = claimHolding(claims, firstArticle, firstSnippet);
    assert.ok(claim, `no claim holds "${firstSnippet}"`);
    assert.deepEqual([...claim.articles].sort(), Object.keys(gold).sort(), `claim "${claim.text}"`);
    for (const [article, snippet] of Object.entries(gold)) {
      assert.ok(claimHolding([claim], article, snippet), `"${snippet}" (${article}) is not in claim "${claim.text}"`);
    }
  }
});

test('outlet-only sentences make no claim', async () => {
  const claims = await alignClaims(articles, new Map(), { embedBudget: 0 });
  for (const snippet of bundle.unique) {
    assert.equal(claims.find((c) => c.support.some((s) => s.text.includes(snippet))), undefined, snippet);
  }
});

test('support spans point at the exact words of their article, one variant per article', async () => {
  const claims = await alignClaims(articles, new Map(), { embedBudget: 0 });
  assert.ok(claims.length > 0);
  for (const claim of claims) {
    assert.ok(claim.articles.length >= 2);
    assert.equal(new Set(claim.support.map((s) => s.article)).size, claim.support.length);
    for (const span of claim.support) {
      const article = articles.find((a) => a.id === span.article);
      assert.equal(article?.text.slice(span.start, span.end), span.text);
    }
    assert.ok(claim.support.some((s) => s.text === claim.text), 'representative text is one of the variants');
  }
});

test('a claim told in two sentences by one outlet and one by another is supported by both sentences', async () => {
  const claims = await alignClaims(articles, new Map(), { embedBudget: 0 });
  const claim = claimHolding(claims, 'tribune', 'Water was let out');
  assert.ok(claim);
  const tribune = claim.support.find((s) => s.article === 'tribune');
  assert.match(tribune?.text ?? '', /let out.*97%/s);
});

test('ids are deterministic and input order of claims follows the articles', async () => {
  const first = await alignClaims(articles, new Map(), { embedBudget: 0 });
  const second = await alignClaims(articles, new Map(), { embedBudget: 0 });
  assert.deepEqual(first.map((c) => c.id), second.map((c) => c.id));
  assert.equal(new Set(first.map((c) => c.id)).size, first.length);
});

test('an injected embedder is used within its budget and decides undecided pairs', async () => {
  const asked: string[] = [];
  // Vectors that call every pair of sentences unrelated: embeddings can only remove links here.
  const embed = async (sentences: string[]) => {
    asked.push(...sentences);
    return sentences.map((_, i) => Float32Array.from({ length: 8 }, (_, k) => (k === i % 8 ? 1 : 0)));
  };
  const lexical = await alignClaims(articles, new Map(), { embedBudget: 0 });
  const withEmbed = await alignClaims(articles, new Map(), { embed, embedBudget: 6 });
  assert.ok(asked.length > 0 && asked.length <= 6, `asked for ${asked.length} sentences`);
  const links = (claims: readonly Claim[]) => claims.reduce((n, c) => n + c.support.length, 0);
  assert.ok(links(withEmbed) <= links(lexical));
});

test('a failing embedder is reported and alignment falls back to wording', async () => {
  const warnings: string[] = [];
  const claims = await alignClaims(articles, new Map(), {
    embed: async () => {
      throw new Error('model file missing');
    },
    onWarning: (message) => warnings.push(message),
  });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /model file missing/);
  assert.deepEqual(claims, await alignClaims(articles, new Map(), { embedBudget: 0 }));
});

test('an empty bundle or a single article yields no claims', async () => {
  assert.deepEqual(await alignClaims([], new Map(), { embedBudget: 0 }), []);
  assert.deepEqual(await alignClaims([articles[0]!], new Map(), { embedBudget: 0 }), []);
});
