import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';
import { buildArticles } from '../pipeline/build-articles.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { tagArticle } from './tag/tag-article.ts';

test('"would likely" is as sure as "likely": "will" in its place drops the hedge', () => {
  const found = flags({
    a: 'An analyst said the neighbouring government would likely expel a similar number of diplomats.',
    b: 'An analyst said the neighbouring government would likely expel a similar number of diplomats.',
    c: 'An analyst said the neighbouring government will expel a similar number of diplomats.',
  });
  assert.ok(found.some((f) => f.startsWith('c hedge')), found.join('\n'));
});

test('"would likely" and "was likely to" are one hedge; "would" and "will" are both plain', () => {
  const found = flags({
    a: 'An analyst said the neighbouring government would likely expel a similar number of diplomats.',
    b: 'An analyst said the neighbouring government was likely to expel a similar number of diplomats.',
    c: 'An analyst said the neighbouring government would probably expel a similar number of diplomats.',
  });
  assert.deepEqual(found.filter((f) => f.includes('hedge')), []);
});

test('"the will of the voters" is a noun, not the modal "will"', () => {
  const text = 'He said the committee respects the will of the voters. The committee will back another city.';
  const { articles } = buildArticles([{ source: 'x.txt', format: 'text', body: text, meta: {} }]);
  const article = articles[0]!;
  const tagged = tagArticle(article, extractMentions(article.text, article.sentences, article.published), 0);
  const modals = tagged.tags.filter((t) => t.kind === 'scale' && t.word === 'will').map((t) => tagged.words[t.from]!.start);
  assert.deepEqual(modals, [text.lastIndexOf('will')]);
});

test('a hedge in a rebuilt sentence is gone where the other tells the statement with a plain "will"', () => {
  const expects = flags({
    a: 'The ambulance service said it expects response times to improve by the end of the year.',
    b: 'The ambulance service said it expects response times to improve by the end of the year.',
    c: 'The ambulance service said response times will improve by the end of the year.',
  });
  assert.deepEqual(expects.filter((f) => f.includes(' hedge ')), ['c hedge will']);
  const backlog = flags({
    a: 'The office expects the backlog to fall below 150,000 by the end of August.',
    b: 'The office expects the backlog to fall below 150,000 by the end of August.',
    c: 'The backlog will be below 150,000 by the end of August, the office said.',
  });
  assert.deepEqual(backlog.filter((f) => f.includes(' hedge ')), ['c hedge will']);
});

test('one hedge gone is one finding, wherever the rewrite shows it', () => {
  const estimated = 'The Olympic committee estimated that the Games would cost about 4 billion euros.';
  const found = flags({ a: estimated, b: estimated, c: 'The Games would cost about 4 billion euros, the Olympic committee said.' });
  assert.equal(found.filter((f) => f.includes(' hedge ')).length, 1, found.join('\n'));
});

test('a hedge the other wording quotes is the same words, not a hedge come or gone', () => {
  const quoted = 'The analyst said the company "could fly every month" once the fault was fixed, and launches will resume in May.';
  const told = flags({ a: quoted, b: quoted, c: 'The analyst said the company could fly every month once the fault was fixed, and launches will resume in May.' });
  assert.deepEqual(told.filter((f) => f.includes(' hedge ')), [], told.join('\n'));
});
