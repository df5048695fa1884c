import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from './stem-word.ts';

test('inflections of one word share a stem', () => {
  const groups = [
    ['killed', 'kills', 'killing', 'kill'],
    ['departed', 'departing', 'departs'],
    ['travelled', 'traveled', 'travelling', 'traveling'],
    ['stopped', 'stopping', 'stops'],
    ['carried', 'carries'],
  ];
  for (const words of groups) assert.equal(new Set(words.map(stemWord)).size, 1, words.join(' / '));
});

test('different words keep different stems, and figures and short words are left alone', () => {
  assert.notEqual(stemWord('departed'), stemWord('deported'));
  assert.notEqual(stemWord('suspended'), stemWord('suspected'));
  assert.equal(stemWord('32'), '32');
  assert.equal(stemWord('bus'), 'bus');
});
