import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Mention } from '../model/index.ts';
import { wordTokens } from '../text/word-tokens.ts';
import { creditsOf, sameCredit, sharplyDifferent } from './credits-of.ts';
import { extractMentions } from '../extract/extract-mentions.ts';

// No extractor mentions here: this checks the plain reading the rules fall back on.
function creditsIn(text: string) {
  const article: Article = { id: 'a', source: 'a', text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published: null, language: 'en', paragraphs: [], sentences: [{ start: 0, end: text.length }] };
  return creditsOf(windowOf(article, []));
}

// The whole article as one stretch to read credits in.
function windowOf(article: Article, mentions: readonly Mention[]) {
  return { article, tokens: wordTokens(article.text, { start: 0, end: article.text.length }, []), mentions };
}

test('reads wires, counted and described sources, and the wire that only heard it', () => {
  assert.deepEqual(creditsIn('AFP reports that the border is closed.').map((c) => [c.family, c.key]), [['wire', 'afp']]);
  assert.deepEqual(creditsIn('According to three officials, the border is closed.').map((c) => [c.family, c.key, c.count]), [['anonymous', 'sources:3', 3]]);
  assert.deepEqual(creditsIn('The border is closed, a senior diplomat said.').map((c) => [c.family, c.key]), [['anonymous', 'diplomat']]);
  assert.deepEqual(creditsIn('The border is closed, the minister told AFP.').map((c) => c.family), ['listener']);
  assert.deepEqual(creditsIn('The border is closed.'), []);
});

test('a wire is known by every name the lexicon gives it', () => {
  assert.deepEqual(creditsIn('Agence France-Presse reported that the border is closed.').map((c) => [c.family, c.key]), [['wire', 'afp']]);
  assert.deepEqual(creditsIn('The Press Association reported that the border is closed.').map((c) => [c.family, c.key]), [['wire', 'pa']]);
});

test('credits match by kind, count and name, and differ sharply only on another wire, count or person', () => {
  const [wire] = creditsIn('AFP reports that the border is closed.');
  const [three] = creditsIn('According to three officials, the border is closed.');
  const [some] = creditsIn('The border is closed, officials said.');
  const [two] = creditsIn('Two officials said the border is closed.');
  assert.ok(sameCredit(three!, some!), 'an uncounted group can be the counted one');
  assert.ok(!sameCredit(three!, two!));
  assert.ok(sharplyDifferent(three!, two!));
  assert.ok(sharplyDifferent(wire!, three!));
});

test('an institution on the record is its own kind of source, apart from anonymous officials', () => {
  const [body] = creditsIn('The port authority confirmed that cracks were found in the piles.');
  const [officials] = creditsIn('Cracks were found in the piles, the officials said.');
  assert.equal(body?.family, 'body');
  assert.ok(!sameCredit(body!, officials!));
  const [ministry] = creditsIn('The ministry said the border is closed.');
  const [foreignMinistry] = creditsIn('The foreign ministry said the border is closed.');
  assert.ok(sameCredit(ministry!, foreignMinistry!));
});

test('a noun that looks like a cue is not a credit', () => {
  assert.deepEqual(creditsIn('The report, prepared by an outside firm, found cracks in the piles.').map((c) => c.key), []);
});

test('a passive cue is an act done to someone, not a statement, unless it tells who spoke', () => {
  const withMentions = (text: string) => {
    const article: Article = { id: 'a', source: 'a', text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published: null, language: 'en', paragraphs: [], sentences: [{ start: 0, end: text.length }] };
    return creditsOf(windowOf(article, extractMentions(text, article.sentences, null)));
  };
  assert.deepEqual(withMentions('Some engineers are being recalled by the ministry.').map((c) => c.key), []);
  assert.deepEqual(withMentions('Other analysts said the engineers were recalled by the ministry.').map((c) => c.family), ['anonymous']);
});

test('a passive cue with no "by" tells what was done, not who said it', () => {
  assert.deepEqual(creditsIn('More than 300 people were admitted to hospital with burns.'), []);
  assert.deepEqual(creditsIn('The closure was quietly confirmed on Friday.'), []);
  assert.deepEqual(creditsIn('The closure was reported by AFP.').map((c) => c.key), ['afp']);
});

test('the words after a verb of saying that an auxiliary follows are what was said, not who said it', () => {
  const text = 'The port board, which owns the quay, said a private engineering company, Holm Marine Checks, had passed the cranes in May.';
  const article: Article = { id: 'a', source: 'a', text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published: null, language: 'en', paragraphs: [], sentences: [{ start: 0, end: text.length }] };
  const read = (mentions: readonly Mention[]) => creditsOf(windowOf(article, mentions)).map((c) => c.key);
  assert.ok(!read([]).some((k) => k.includes('company')), read([]).join(', '));
  const mentions = extractMentions(text, article.sentences, null);
  assert.ok(!read(mentions).some((k) => k.includes('company')), read(mentions).join(', '));
  // told after what was said, the same words are its source
  assert.deepEqual(creditsIn('The cranes were passed in May, said a private engineering company.').map((c) => c.family), ['body']);
});
