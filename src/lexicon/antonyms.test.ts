import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regenerated } from './_regenerate.ts';
import { wordNetAntonyms } from './antonyms.ts';

test('WordNet antonyms read either way round, and only direct pairs', () => {
  assert.equal(wordNetAntonyms('rise', 'fall'), true);
  assert.equal(wordNetAntonyms('fall', 'rise'), true);
  assert.equal(wordNetAntonyms('accept', 'reject'), true);
  assert.equal(wordNetAntonyms('rise', 'climb'), false);
  assert.equal(wordNetAntonyms('give', 'take'), false, 'a converse');
});

test('the generated list is what scripts/build-antonyms.mjs makes from the pinned WordNet', () => {
  const { made, kept } = regenerated('build-antonyms.mjs', 'antonyms.generated.ts');
  assert.equal(made, kept);
});
