import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHedges } from './extract-hedges.ts';
import { testSentences } from './test-sentences.ts';

const cues = (text: string) => extractHedges(text, testSentences(text)).map((h) => [h.text, h.cue]);

test('hedging words and phrases get the lexicon\'s cue', () => {
  assert.deepEqual(cues('The ship reportedly sank and may have been hit. It is unclear whether anyone survived; crews are believed to have fled.'), [
    ['reportedly', 'reportedly'],
    ['may', 'may'],
    ['It is unclear whether', 'it is unclear whether'],
    ['are believed to', 'believed to'],
  ]);
});

test('"according to" and the month May are not hedges', () => {
  assert.deepEqual(cues('According to the port, it closed in May. May it reopen?'), [['May', 'may']]);
});

test('"believed" hedges only before "to", "considering" only after a form of "be"', () => {
  assert.deepEqual(cues('Officials believed it. They were believed to be safe; a deal is unlikely. The board is considering it.'), [
    ['were believed to', 'believed to'],
    ['unlikely', 'unlikely'],
    ['is considering', 'considering'],
  ]);
});
