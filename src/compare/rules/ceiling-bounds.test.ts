import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences, flags } from '../_compare-texts.ts';

const messages = (texts: Record<string, string>) => compareFirstSentences(texts).map((f) => f.message);

test('a floor above the others\' ceiling is another figure ("more than 5,400" / "nearly 5,000")', () => {
  const found = flags({
    a: 'Floods destroyed nearly 5,000 homes in the delta this spring, the agency said.',
    b: 'Floods destroyed nearly 5,000 homes in the delta this spring, the agency said.',
    c: 'Floods destroyed more than 5,400 homes in the delta this spring, the agency said.',
  });
  assert.ok(found.includes('c number 5,400'), found.join('\n'));
});

test('a rounded estimate the floor does not exclude still agrees ("about 5,000" / "more than 4,800")', () => {
  const found = flags({
    a: 'Floods destroyed about 5,000 homes in the delta this spring, the agency said.',
    b: 'Floods destroyed about 5,000 homes in the delta this spring, the agency said.',
    c: 'Floods destroyed more than 4,800 homes in the delta this spring, the agency said.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
});

test('"nearly 20" against "more than 20" is a quantifier change told as falling short, not as exact', () => {
  const texts = {
    a: 'Unemployment among graduates rose by more than 20 percent last year, the survey found.',
    b: 'Unemployment among graduates rose by more than 20 percent last year, the survey found.',
    c: 'Unemployment among graduates rose by nearly 20 percent last year, the survey found.',
  };
  assert.ok(flags(texts).includes('c quantifier nearly 20'), flags(texts).join('\n'));
  assert.ok(messages(texts).some((m) => m.includes('falling short')), messages(texts).join('\n'));
});

test('"nearly 20" sits with "up to 20" and "20": no flag', () => {
  const found = flags({
    a: 'Prices of rice rose by up to 20 percent in the north, the survey found.',
    b: 'Prices of rice rose by up to 20 percent in the north, the survey found.',
    c: 'Prices of rice rose by nearly 20 percent in the north, the survey found.',
  });
  assert.deepEqual(found.filter((f) => f.includes('quantifier') || f.includes('number')), []);
});
