import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('the same figure in points and in per cent is another measure; "points" and "percentage points" agree', () => {
  const found = flags({
    a: 'The party fell 6.1 points to 27.4 percent, the count showed.',
    b: 'The party fell 6.1 percentage points to 27.4 percent, the count showed.',
    c: 'The party slumped by 6.1 per cent to 27.4 percent, the count showed.',
  });
  assert.ok(found.includes('c number 6.1 per cent'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.startsWith('b ') || f.includes('27.4')), []);
});

test('the same figure counted over another period is another amount; the period written another way is not', () => {
  const found = flags({
    a: 'The plant makes 750,000 boxes of amoxicillin a month, the company said.',
    b: 'The plant makes 750,000 boxes of amoxicillin per month, the company said.',
    c: 'The plant makes 750,000 boxes of amoxicillin monthly, the company said.',
    d: 'The plant makes 750,000 boxes of amoxicillin a year, the company said.',
  });
  assert.ok(found.some((f) => f.startsWith('d number 750,000')), found.join('\n'));
  assert.deepEqual(found.filter((f) => !f.startsWith('d ')), []);
});

test('"a year ago" after a figure is when, not a period it is counted over', () => {
  const found = flags({
    a: 'About 35,000 people marched a year ago, the union said.',
    b: 'About 35,000 people marched a year ago, the union said.',
    c: 'About 35,000 people marched a week ago, the union said.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
});

test('a share in per cent told in basis points is the same amount; the same numeral in points and per cent is not', () => {
  const wire = 'The fund paid fees of 0.21 percent of assets last year, the report said.';
  const same = flags({ a: wire, b: wire, c: 'The fund paid fees of 21 basis points of assets last year, the report said.' });
  assert.deepEqual(same.filter((f) => f.includes(' number ')), [], same.join('\n'));
  const other = flags({ a: wire, b: wire, c: 'The fund paid fees of 0.21 basis points of assets last year, the report said.' });
  assert.ok(other.some((f) => f.startsWith('c number')), other.join('\n'));
});
