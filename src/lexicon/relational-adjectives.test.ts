import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regenerated } from './_regenerate.ts';
import { RELATIONAL_ADJECTIVES } from './relational-adjectives.generated.ts';

test('relational adjectives sort by a noun; qualitative ones, which grade, are none', () => {
  for (const w of ['nitric', 'sulphuric', 'regional', 'constitutional', 'municipal']) assert.ok(RELATIONAL_ADJECTIVES.has(w), w);
  for (const w of ['big', 'serious', 'large', 'upper', 'severe']) assert.ok(!RELATIONAL_ADJECTIVES.has(w), w);
  // two spellings pertain to one noun
  assert.deepEqual(RELATIONAL_ADJECTIVES.get('sulfuric'), RELATIONAL_ADJECTIVES.get('sulphuric'));
});

test('the generated list is what scripts/build-relational-adjectives.mjs makes from the pinned WordNet', () => {
  const { made, kept } = regenerated('build-relational-adjectives.mjs', 'relational-adjectives.generated.ts');
  assert.equal(made, kept);
});
