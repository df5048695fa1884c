import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAttributions } from './extract-attributions.ts';
import { testSentences } from './test-sentences.ts';

const sources = (text: string) => extractAttributions(text, testSentences(text)).map((m) => [m.source.text, m.key]);

test('"said by telephone": a plain verb of saying is followed by the means, not an agent; the speaker is before it', () => {
  assert.deepEqual(sources('"The roof just fell," witness Piotr Nowak, 52, said by phone from the hospital in Lublin.'), [['witness Piotr Nowak, 52', 'piotr nowak']]);
});

test('an age set off by commas before a description belongs to the description; the name is before it', () => {
  assert.deepEqual(sources('Piotr Nowak, 52, a baker from Lublin, said the roof fell without warning.').map(([, k]) => k), ['piotr nowak']);
});
