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
