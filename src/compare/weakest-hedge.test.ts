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
