import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNegations } from './extract-negations.ts';
import { testSentences } from './test-sentences.ts';

const negations = (text: string) => extractNegations(text, testSentences(text)).map((n) => n.text);

test('lexical negations including contractions with curly apostrophes', () => {
  assert.deepEqual(negations('The crew did not return and won’t sail; neither the port nor the navy denied it, and they left without pay. Never again.'), [
    'not', 'n’t', 'neither', 'nor', 'denied', 'without', 'Never',
  ]);
});

test('offsets cover exactly the negating letters', () => {
  const text = "They didn't go.";
  const [n] = extractNegations(text, testSentences(text));
  assert.equal(n && text.slice(n.start, n.end), "n't");
});

test('the lexicon\'s denying phrases count, and a phrase that only starts like one does not', () => {
  assert.deepEqual(negations('Not only did the firm lack staff, it failed to pay no fewer than 40 suppliers.'), ['lack', 'failed to']);
});
