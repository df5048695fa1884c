import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regenerated } from './_regenerate.ts';
import { WORDNET_OCCUPATIONS } from './person-nouns.generated.ts';

test('WordNet occupations hold posts and trades, not contestants, kinds of origin or bodies', () => {
  for (const w of ['economist', 'postman', 'boss', 'tycoon', 'astronomer', 'mediator', 'diplomat']) assert.ok(WORDNET_OCCUPATIONS.has(w), w);
  for (const w of ['medallist', 'grandmaster', 'londoner', 'cousin', 'opposition', 'bank']) assert.ok(!WORDNET_OCCUPATIONS.has(w), w);
});

test('the generated list is what scripts/build-person-nouns.mjs makes from the pinned WordNet', () => {
  const { made, kept } = regenerated('build-person-nouns.mjs', 'person-nouns.generated.ts');
  assert.equal(made, kept);
});
