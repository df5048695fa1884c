import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

// the negation-flipped rule's findings
const flips = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.kind === 'meaning' && /denies|affirms/.test(f.message)).map((f) => `${f.article} ${f.text}`);

test('a sentence opening with "No" denies, so "none" against it is no flip', () => {
  assert.deepEqual(flips({
    a: 'No money was taken from the safe, the bank said.',
    b: 'No money was taken from the safe, the bank said.',
    c: 'But none was taken from the safe, the bank said.',
  }), []);
});

test('a denial turned around is still a flip, whether or not "No" opens the sentence', () => {
  assert.deepEqual(flips({
    a: 'No money was taken from the safe, the bank said.',
    b: 'No money was taken from the safe, the bank said.',
    c: 'Money was taken from the safe, the bank said.',
  }), ['c Money']);
  assert.deepEqual(flips({
    a: 'The guards found no money in the safe, the bank said.',
    b: 'The guards found no money in the safe, the bank said.',
    c: 'The guards found money in the safe, the bank said.',
  }), ['c money']);
});

test('"lack" denies as "lacks" does: "short of" agrees with it, "have" turns it around', () => {
  const lack = 'The hospitals lack beds and staff, officials said.';
  assert.deepEqual(flips({ a: lack, b: lack, c: 'The hospitals are short of beds and staff, officials said.' }), []);
  assert.deepEqual(flips({ a: lack, b: lack, c: 'The hospitals have beds and staff, officials said.' }), ['c have']);
});
