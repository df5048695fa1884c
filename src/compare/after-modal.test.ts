import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterModal } from './after-modal.ts';
import { wordTokens } from '../text/word-tokens.ts';

const at = (text: string, word: string): boolean => {
  const tokens = wordTokens(text, { start: 0, end: text.length });
  return afterModal(tokens, tokens.findIndex((t) => t.text === word));
};

test('the word a modal governs is its verb, across adverbs between them', () => {
  assert.equal(at('The merger would likely draw scrutiny.', 'draw'), true);
  assert.equal(at('The plan could face legal challenges.', 'face'), true);
  assert.equal(at('Ministers may not quickly approve it.', 'approve'), true);
});

test('a noun or modifier after no modal is not', () => {
  assert.equal(at('The draw was held in Lyon.', 'draw'), false);
  assert.equal(at('Regulators could examine the oil blockade.', 'oil'), false);
  assert.equal(at('A likely price war looms.', 'price'), false);
});
