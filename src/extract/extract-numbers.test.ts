import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers } from './extract-numbers.ts';
import { testSentences } from './test-sentences.ts';

const brief = (text: string) => extractNumbers(text, testSentences(text)).map((m) => [m.text, m.value, m.unit ?? null, m.modifier ?? null]);

test('digits, separators, decimals, currencies, percentages and scales', () => {
  assert.deepEqual(brief('The fund spent about $1.2 billion on 1,450 buses, 38% of them electric, and 7.5 percent more on €40 million of track.'), [
    ['about $1.2 billion', 1.2e9, 'dollar', 'about'],
    ['1,450', 1450, 'bus', null],
    ['38%', 38, 'percent', null],
    ['7.5 percent', 7.5, 'percent', null],
    ['€40 million', 4e7, 'euro', null],
  ]);
});

test('currencies, scales, shares and bounds as the lexicon names them', () => {
  assert.deepEqual(brief('It cost C$3 bn and 40 bolivars; rates rose 25 basis points, 5m people paid as many as 7 times.'), [
    ['C$3 bn', 3e9, 'canadian dollar', null],
    ['40 bolivars', 40, 'bolivar', null],
    ['25 basis points', 25, 'basis point', null],
    ['5m', 5e6, 'people', null],
    ['as many as 7', 7, 'time', 'as many as'],
  ]);
});

test('number words with the counted noun lemmatised', () => {
  assert.deepEqual(brief('Forty-one engineers and a dozen pilots left; two hundred villagers stayed and eleven sources said so.'), [
    ['Forty-one', 41, 'engineer', null],
    ['a dozen', 12, 'pilot', null],
    ['two hundred', 200, 'villager', null],
    ['eleven', 11, 'source', null],
  ]);
});

test('modifiers and "of" phrases', () => {
  assert.deepEqual(brief('At least 17 of its sailors and more than 300 passengers were rescued; nearly 40 boats sank.'), [
    ['At least 17', 17, 'sailor', 'at least'],
    ['more than 300', 300, 'passenger', 'more than'],
    ['nearly 40', 40, 'boat', 'nearly'],
  ]);
});

test('years, dates and times are not numbers; ordinals are marked', () => {
  assert.deepEqual(brief('On March 4, 2024, at 9 a.m., in 2019 and on 5 May, the 3rd bridge opened for 2,000 cars.'), [
    ['3rd', 3, 'bridge', 'ordinal'],
    ['2,000', 2000, 'car', null],
  ]);
});

test('"one" as a pronoun is not a count', () => {
  assert.deepEqual(brief('No one came, but one nurse did.'), [['one', 1, 'nurse', null]]);
});

test('"up to" after a verb of movement is where the figure lands, not a ceiling', () => {
  assert.deepEqual(brief('Fares will go up to 4.20 crowns, and repairs could cost up to 9 million crowns.').map(([text, , , modifier]) => [text, modifier]), [
    ['4.20 crowns', null],
    ['up to 9 million crowns', 'up to'],
  ]);
});
