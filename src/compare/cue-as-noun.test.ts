import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';
import { cueIsCountedNoun } from './cue-as-noun.ts';
import type { WordToken } from '../text/word-tokens.ts';

test('"in nine states" is a place counted, not a source: a bound dropped from the toll before it is still found', () => {
  const wire = 'At least 26 people in seven states have fallen ill after eating the cheese, health officials said.';
  const found = flags({ a: wire, b: wire, c: wire.replace('At least 26', 'Twenty-six') });
  assert.ok(found.includes('c quantifier Twenty-six'), found.join('\n'));
});

test('"the report states" is still read as a credit', () => {
  const wire = 'Rainfall fell by 12 percent last year, the report states.';
  const found = flags({ a: wire, b: wire, c: 'Rainfall fell by 12 percent last year.' });
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
});

test('only verbs that double as plural nouns are read as counted: "three said" still credits the three', () => {
  const tok = (text: string, norm = text.toLowerCase()): WordToken =>
    ({ start: 0, end: text.length, text, norm, stem: norm, pos: 'X', lemma: norm, content: true }) as WordToken;
  assert.equal(cueIsCountedNoun(tok('said'), tok('three', '3')), false);
  assert.equal(cueIsCountedNoun(tok('states'), tok('nine', '9')), true);
  assert.equal(cueIsCountedNoun(tok('reports'), tok('several')), true);
  assert.equal(cueIsCountedNoun(tok('states'), tok('report')), false);
});
