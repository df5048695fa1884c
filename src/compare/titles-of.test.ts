import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titlesOf } from './titles-of.ts';
import { wordTokens } from '../text/word-tokens.ts';
import { tagText } from '../extract/tag-text.ts';

const titles = (text: string) => titlesOf(wordTokens(text, { start: 0, end: text.length }, tagText(text))).map((t) => `${t.role}:${t.person}`);

test('a job title beside a person, before or after the name, one role however it is written', () => {
  assert.deepEqual(titles('Acme CEO Jane Roe said sales rose.'), ['ceo:roe']);
  assert.deepEqual(titles('Jane Roe, the company’s chief executive, said sales rose.'), ['ceo:roe']);
  assert.deepEqual(titles('Acme’s chief financial officer, Jane Roe, said sales rose.'), ['cfo:roe']);
});

test('a title with no named person beside it is left out', () => {
  assert.deepEqual(titles('The chief executive said sales rose.'), []);
  assert.deepEqual(titles('Sales rose, the chairman told shareholders in Oslo.'), []);
});

test('offices of the law are roles too, one however it is written', () => {
  assert.deepEqual(titles('District Attorney Ruth Okoro said the charges would stand.'), ['district attorney:okoro']);
  assert.deepEqual(titles('Attorney General Ruth Okoro said the charges would stand.'), ['attorney general:okoro']);
  assert.deepEqual(titles('Ivan Salo, the city’s chief of police, said the road was shut.'), ['police chief:salo']);
});
