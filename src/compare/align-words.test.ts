import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignWords } from './align-words.ts';
import { wordTokens } from '../text/word-tokens.ts';

const tokens = (text: string) => wordTokens(text, { start: 0, end: text.length });

test('lines up content words across equivalent wording and leaves the changed word alone', () => {
  const a = tokens('Cuba condemned the oil blockade imposed by the U.S. in January.');
  const b = tokens('Cuba condemns the maritime blockade the United States imposed in Jan.');
  const { aToB } = alignWords(a, b);
  const pairs = a.map((t, i) => [t.text, aToB[i]! >= 0 ? b[aToB[i]!]!.text : null]);
  assert.deepEqual(pairs.find(([w]) => w === 'oil'), ['oil', null]);
  assert.deepEqual(pairs.find(([w]) => w === 'blockade'), ['blockade', 'blockade']);
  assert.deepEqual(pairs.find(([w]) => w === 'condemned'), ['condemned', 'condemns']);
  assert.deepEqual(pairs.find(([w]) => w === 'January'), ['January', 'Jan']);
});

test('multi-word names and numbers become one comparable word', () => {
  const t = tokens('The United States sent thirty two or 2.5 million doses.');
  assert.deepEqual(t.filter((x) => x.content).map((x) => x.norm), ['us', 'sent', '32', '2500000', 'doses']);
});

test('a figure lines up only with the same figure: a million is no prefix form of a billion', () => {
  const a = tokens('The rise would add about 1.9 billion crowns a year.');
  const b = tokens('The rise would add about 1.9 million crowns a year.');
  const { aToB } = alignWords(a, b);
  const figure = a.findIndex((t) => t.text === '1.9 billion');
  assert.equal(aToB[figure], -1);
  assert.ok(aToB[a.findIndex((t) => t.text === 'crowns')]! >= 0);
});
