import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyOf } from './currency-of.ts';
import { wordTokens } from '../text/word-tokens.ts';

const of = (text: string, figure: string): string | undefined => {
  const tokens = wordTokens(text, { start: 0, end: text.length });
  return currencyOf(tokens, tokens.findIndex((t) => t.text.startsWith(figure)), text)?.currency;
};

test('a mark or code before the figure, or a currency word after it, names its currency', () => {
  assert.equal(of('The deal is worth $3.2 billion.', '3.2'), 'dollar');
  assert.equal(of('The deal is worth €3.2bn.', '3.2'), 'euro');
  assert.equal(of('The deal is worth US$12 million.', '12'), 'dollar');
  assert.equal(of('Fines reached 40 million Danish crowns.', '40'), 'crown');
  assert.equal(of('It offered 41 euros a share.', '41'), 'euro');
  assert.equal(of('Revenue was £7.5 billion.', '7.5'), 'pound');
});

test('a figure with no currency beside it has none', () => {
  assert.equal(of('The firm employs 9,400 people.', '9,400'), undefined);
  assert.equal(of('Shares fell 19% in the year to March.', '19'), undefined);
  assert.equal(of('About 400 Danish workers and 20 euros each.', '400'), undefined);
});
