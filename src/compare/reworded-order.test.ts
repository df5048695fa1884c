import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('words put in for words left out elsewhere in the sentence, class for class, are a rewording, not an added detail', () => {
  const found = flags({
    a: 'New members will pay the higher dues from March 1.',
    b: 'New members will pay the higher dues from March 1, the club said.',
    c: 'The higher charges applying to new members start from March 1.',
  });
  assert.deepEqual(found.filter((f) => f.startsWith('c detail_added')), [], found.join('\n'));
});

test('a detail added beside words the other wording all carries is still found', () => {
  const found = flags({
    a: 'New members will pay the higher dues from March 1.',
    b: 'New members will pay the higher dues from March 1, the club said.',
    c: 'New members will pay the higher dues, set by the board last week, from March 1.',
  });
  assert.ok(found.some((f) => f.startsWith('c detail_added')), found.join('\n'));
});
