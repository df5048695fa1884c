import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHedges } from './extract-hedges.ts';
import { testSentences } from './test-sentences.ts';

const cues = (text: string) => extractHedges(text, testSentences(text)).map((h) => [h.text, h.cue]);

test('hedging words and phrases get a normalised cue', () => {
  assert.deepEqual(cues('The ship reportedly sank and may have been hit. It is unclear whether anyone survived; crews are believed to have fled.'), [
    ['reportedly', 'reportedly'],
    ['may', 'may'],
    ['It is unclear whether', 'unclear'],
    ['are believed to', 'believed to'],
  ]);
});

test('"according to" and the month May are not hedges', () => {
  assert.deepEqual(cues('According to the port, it closed in May. May it reopen?'), [['May', 'may']]);
});
