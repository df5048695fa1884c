import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTerms } from './read-terms.ts';
import { storyWords } from './story-words.ts';
import { hashString } from './hash-string.ts';
import { stemWord } from '../text/stem-word.ts';

const has = (text: string, language: string | null, word: string): boolean => readTerms(storyWords(text), language).terms.includes(hashString(stemWord(word)));

test('a page\'s own function words are left out with English\'s, and only in its language', () => {
  const spanish = 'El puente de la ciudad que cruza el puerto';
  assert.ok(!has(spanish, 'es', 'que') && !has(spanish, 'es-MX', 'la'));
  assert.ok(has(spanish, 'es', 'puente') && has(spanish, 'es', 'puerto'));
  // "die" is an article in German and a verb in English
  assert.ok(!has('Die Brücke', 'de', 'die'));
  assert.ok(has('Workers could die on the bridge', 'en', 'die'));
});
