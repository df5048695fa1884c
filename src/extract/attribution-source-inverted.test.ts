import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAttributions } from './extract-attributions.ts';
import { testSentences } from './test-sentences.ts';

const keys = (text: string) => extractAttributions(text, testSentences(text)).map((m) => m.key);

test('"...," said NAME, then a description with a possessive: the name is the speaker', () => {
  assert.deepEqual(keys('"Wages have not kept up," said Marta Okonjo, the survey\'s lead author.'), ['marta okonjo']);
});

test('"...," said NAME, then a description joined by "and": the name is the speaker', () => {
  assert.deepEqual(keys('"Wages have not kept up," said Marta Okonjo, chief economist at the bureau and author of the survey.'), ['marta okonjo']);
});
