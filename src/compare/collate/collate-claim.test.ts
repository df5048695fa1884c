import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Claim } from '../../model/index.ts';
import { extractMentions } from '../../extract/extract-mentions.ts';
import { segment } from '../../segment/segment.ts';
import { tagArticle } from '../tag/tag-article.ts';
import { makeVariant, type Variant } from './variant.ts';
import { collateClaim } from './collate-claim.ts';

function variantOf(text: string, index: number): Variant {
  const article: Article = {
    id: `a${index}`, source: `a${index}.txt`, text, removed: [], sourceMap: [], ...segment(text),
    url: null, title: null, byline: null, outlet: `Outlet ${index}`, published: null, language: 'en',
  };
  const tagged = tagArticle(article, extractMentions(text, article.sentences, null), index);
  return makeVariant(index, tagged, [{ from: 0, to: tagged.words.length }]);
}

// Three wordings; the last two name the same three things in opposite orders, so a longest common subsequence of their
// content words has one word, and which one depends on the side it walks.
const TEXTS = [
  'Police arrested the mayor on Monday, officials said.',
  'Police arrested the mayor.',
  'The mayor was arrested by police.',
];

function collated(): ReturnType<typeof collateClaim> {
  const variants = TEXTS.map(variantOf);
  const claim: Claim = {
    id: 'c', text: TEXTS[0]!, articles: variants.map((v) => v.article.id),
    support: variants.map((v) => ({ article: v.article.id, start: 0, end: v.article.text.length, text: v.article.text })),
  };
  return collateClaim(claim, variants, 'a0');
}

const words = (col: ReturnType<typeof collateClaim>, a: number, b: number): string[] =>
  col.pair(a, b).flatMap((j, i) => (j >= 0 && col.variants[a]!.tokens[i]!.content ? [`${col.variants[a]!.tokens[i]!.norm}=${col.variants[b]!.tokens[j]!.norm}`] : []));

test('two wordings line up the same words whichever of them is asked about first', () => {
  const forward = collated();
  const one = words(forward, 1, 2);
  const backward = collated();
  const other = words(backward, 2, 1);
  assert.equal(one.length, 1, `one content word lines up: ${one.join(', ')}`);
  // asked the other way round first, the same words line up
  assert.deepEqual(words(backward, 1, 2), one);
  assert.deepEqual(other, words(forward, 2, 1));
  // and each direction is the other's inverse
  forward.pair(1, 2).forEach((j, i) => { if (j >= 0) assert.equal(forward.pair(2, 1)[j], i); });
});

test('the collation of a claim is the same whatever the checks asked before', () => {
  const fresh = collated();
  const asked = collated();
  for (const [a, b] of [[2, 1], [1, 0], [2, 0]] as const) asked.pair(a, b);
  for (let a = 0; a < TEXTS.length; a++) for (let b = 0; b < TEXTS.length; b++) assert.deepEqual(asked.pair(a, b), fresh.pair(a, b), `${a} against ${b}`);
  assert.deepEqual(asked.slots, fresh.slots);
});
