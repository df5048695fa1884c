import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// Figures read across the whole wording, wherever a rewrite moved them in the sentence.

test('the same numeral in another unit of the measure is a changed unit, even when the rewrite moved it', () => {
  const found = flags({
    a: 'The slide broke away on Saturday at an altitude of about 2,900 metres below the summit, police said.',
    b: 'The slide broke away on Saturday below the summit at an altitude of about 2,900 metres, police said.',
    c: 'The slide broke away Saturday at an altitude of about 2,900 feet below the summit, police said.',
  });
  assert.ok(found.some((f) => f.startsWith('c number') && f.includes('2,900 feet')), found.join('\n'));
});

test('one amount written in two units (a conversion) is no change', () => {
  const found = flags({
    a: 'The slide broke away on Saturday at an altitude of about 2,900 metres below the summit, police said.',
    b: 'The slide broke away on Saturday below the summit at an altitude of about 9,500 feet, police said.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
});

test('an amount told as a rate by the year where the others give it once is a changed period', () => {
  const found = flags({
    a: 'Prosecutors say the firm diverted about $1.9 billion in customer deposits to its trading arm.',
    b: 'Prosecutors say the firm diverted about $1.9 billion in customer deposits to its trading arm.',
    c: 'Prosecutors say the firm diverted about $1.9 billion a year in customer deposits to its trading arm.',
  });
  assert.ok(found.some((f) => f.startsWith('c number')), found.join('\n'));
});

test('a rate left out is compression, and a price by the tonne is the same price', () => {
  const found = flags({
    a: 'Prosecutors say the firm diverted about $1.9 billion a year in customer deposits to its trading arm.',
    b: 'Prosecutors say the firm diverted about $1.9 billion a year in customer deposits to its trading arm.',
    c: 'Prosecutors say the firm diverted about $1.9 billion in customer deposits to its trading arm.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
  const price = flags({
    a: 'Wheat futures rose 6% to 2,480 vell a tonne on the exchange.',
    b: 'Wheat futures rose 6% to 2,480 vell a tonne on the exchange.',
    c: 'Wheat futures rose 6% to 2,480 vell on the exchange.',
  });
  assert.deepEqual(price.filter((f) => f.includes('number')), []);
});

test('"a combined" figure is a total: the same figure "a year" is another amount', () => {
  const found = flags({
    a: 'The three governments will cut funding to the observatory by a combined €640 million.',
    b: 'The three governments will cut funding to the observatory by a combined €640 million.',
    c: 'The three governments will cut funding to the observatory by €640 million a year.',
  });
  assert.ok(found.some((f) => f.startsWith('c number')), found.join('\n'));
});

test('the one count of the same thing on each side, moved to another clause and changed, is a changed figure', () => {
  const found = flags({
    a: 'Veterinary officers have ordered the culling of about 210,000 chickens and turkeys at four farms near the river.',
    b: 'Veterinary officers have ordered the culling of about 210,000 chickens and turkeys at four farms near the river.',
    c: 'At four farms near the river, about 235,000 chickens and turkeys are to be culled on the orders of veterinary officers.',
  });
  assert.ok(found.some((f) => f.startsWith('c number') && f.includes('235,000')), found.join('\n'));
});

test('two counts of one thing on a side are two facts: a moved count is not paired by its noun', () => {
  const found = flags({
    a: 'Officers culled 12,000 chickens on Monday and ordered 30,000 more chickens culled at farms near the river.',
    b: 'At farms near the river, 30,000 more chickens are to be culled, after officers culled 12,000 chickens on Monday.',
    c: 'At farms near the river, 18,000 chickens are to be culled after officers culled 12,000 chickens on Monday.',
  });
  assert.deepEqual(found.filter((f) => f.startsWith('b number')), []);
});

test('"a cumulative" figure is a total, not the yearly rate the others give', () => {
  const found = flags({
    a: 'The operator expects the new line to carry 11 million passengers a year by 2040.',
    b: 'The operator expects the new line to carry 11 million passengers a year by 2040.',
    c: 'The operator expects the new line to carry a cumulative 11 million passengers by 2040.',
  });
  assert.ok(found.some((f) => f.startsWith('c number')), found.join('\n'));
});

test('two approximations of one figure agree when one rounds the other, not when they are a tenth apart', () => {
  const same = flags({
    a: 'Officers ordered the culling of about 212,000 chickens at farms near the river.',
    b: 'Officers ordered the culling of about 212,000 chickens at farms near the river.',
    c: 'Officers ordered the culling of about 210,000 chickens at farms near the river.',
  });
  assert.deepEqual(same.filter((f) => f.includes('number')), []);
  const apart = flags({
    a: 'Officers ordered the culling of about 210,000 chickens at farms near the river.',
    b: 'Officers ordered the culling of about 210,000 chickens at farms near the river.',
    c: 'Officers ordered the culling of about 235,000 chickens at farms near the river.',
  });
  assert.ok(apart.some((f) => f.startsWith('c number')), apart.join('\n'));
});

test('the same numeral counting a thing on one side and weighing it on the other is another measure', () => {
  const found = flags({
    a: 'The salmon quota in the main basin was cut by 17% to 61,500 fish, against scientific advice of 48,000.',
    b: 'The salmon quota in the main basin was cut by 17% to 61,500 fish, against scientific advice of 48,000.',
    c: 'In the main basin, the salmon quota was cut to 61,500 metric tons.',
  });
  assert.ok(found.some((f) => f.startsWith('c number') && f.includes('61,500 metric tons')), found.join('\n'));
});

test('a day changed where the rewrite rebuilt the sentence around it is a changed date', () => {
  const found = flags({
    a: 'The data add to pressure on the central bank to raise rates at its next policy meeting on May 6, economists said.',
    b: 'Economists said the central bank, which next meets on May 7, is under pressure to raise rates.',
    c: 'The figures add to pressure on the central bank to raise rates at its next policy meeting on May 6, economists said.',
  });
  assert.ok(found.some((f) => f.startsWith('b date') && f.includes('May 7')), found.join('\n'));
  // the same day written another way is no change
  const same = flags({
    a: 'The data add to pressure on the central bank to raise rates at its next policy meeting on May 6, economists said.',
    b: 'Economists said the central bank, which next meets on 6 May, is under pressure to raise rates.',
    c: 'The figures add to pressure on the central bank to raise rates at its next policy meeting on May 6, economists said.',
  });
  assert.deepEqual(same.filter((f) => f.includes('date')), []);
});

test('a day of the week moved to another part of a rebuilt sentence and changed is a changed date', () => {
  const found = flags({
    a: 'The harbour authority on Thursday fined Velgate Shipping 40 million crowns for dumping ballast water in the bay.',
    b: 'Velgate Shipping was fined 40 million crowns for dumping ballast water in the bay by the harbour authority on Wednesday.',
    c: 'The harbour authority on Thursday fined Velgate Shipping 40 million crowns for dumping ballast water in the bay.',
  });
  assert.ok(found.some((f) => f.startsWith('b date') && f.includes('Wednesday')), found.join('\n'));
  // the same weekday moved, and a weekday read off another date ("a day after"), are no change
  for (const b of [
    'Velgate Shipping was fined 40 million crowns for dumping ballast water in the bay by the harbour authority on Thursday.',
    'Velgate Shipping was fined 40 million crowns on Thursday, a day after it dumped ballast water in the bay, by the harbour authority.',
  ]) {
    const same = flags({ a: 'The harbour authority on Thursday fined Velgate Shipping 40 million crowns for dumping ballast water in the bay.', b, c: 'The harbour authority on Thursday fined Velgate Shipping 40 million crowns for dumping ballast water in the bay.' });
    assert.deepEqual(same.filter((f) => f.includes(' date ')), [], same.join('\n'));
  }
});

test('a rate told moving the other way is another event', () => {
  const found = flags({
    a: 'The currency strengthened 0.6% to 11.42 per dollar after the data, traders said.',
    b: 'The currency tumbled 0.6% to 11.42 per dollar after the data, traders said.',
    c: 'The currency strengthened 0.6% to 11.42 per dollar after the figures, traders said.',
  });
  assert.ok(found.some((f) => f.startsWith('b meaning') && f.includes('tumbled')), found.join('\n'));
});
