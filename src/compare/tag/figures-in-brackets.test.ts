// A bracket after a figure or a time opens its conversion: the currency and the zone inside it are the conversion's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticles } from '../../pipeline/build-articles.ts';
import { extractMentions } from '../../extract/extract-mentions.ts';
import { tagArticle } from './tag-article.ts';

const tagsOf = (text: string) => {
  const { articles } = buildArticles([{ source: 'x.txt', format: 'text', body: text, meta: {} }]);
  const a = articles[0]!;
  return tagArticle(a, extractMentions(a.text, a.sentences, a.published), 0).tags;
};

test('a currency written before a figure is its currency, not the one opening the bracket after it', () => {
  const nums = tagsOf('The consortium will pay EUR 7.2bn (USD 7.8bn) for the motorway.').filter((t) => t.kind === 'num');
  assert.deepEqual(nums.map((n) => n.kind === 'num' && [n.value, n.dimension, n.conversion ?? false]), [[7.2e9, 'money:euro', false], [7.8e9, 'money:dollar', true]]);
});

test('the zone in a bracket after a time is the bracketed time\'s', () => {
  const times = tagsOf('The fireball appeared at 9:47 pm (2047 GMT) over the valley.').filter((t) => t.kind === 'time');
  assert.deepEqual(times.map((t) => t.kind === 'time' && [t.minutes, t.zone ?? null]), [[21 * 60 + 47, null], [20 * 60 + 47, 'gmt']]);
});
