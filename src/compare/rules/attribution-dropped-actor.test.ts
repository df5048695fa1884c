import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

const dropped = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.message.includes('states it without a source')).map((f) => `${f.article} ${f.text}`);

test('a sentence quoting the person does not vouch that a statement about them needs no source', () => {
  assert.deepEqual(dropped({
    a: "Dornfeld's police chief, Colonel Aart Meier, is expected to travel to Velsen next week for talks, one of the sources said.",
    b: "Colonel Aart Meier, the head of Dornfeld’s police, is expected to travel to Velsen next week for talks, one of the sources said.",
    c: "Colonel Aart Meier, Dornfeld's police chief, is expected to travel to Velsen next week for talks.",
    d: "“This is a warning, not a break,” said Colonel Aart Meier, Dornfeld’s police chief.",
  }), ['c is expected to travel to Velsen next week for talks']);
});

// Two outlets credit the aides; a third states it bare. Versions crediting the mayor herself name another source
// (an attribution change of their own), so they do not vouch that the bare one needs none.
test('a version telling the statement as the person\'s own act names another source; it does not vouch for a bare one', () => {
  assert.deepEqual(dropped({
    a: 'Mayor Lotte Verbeek will step down in March, one of the aides said.',
    b: 'Mayor Lotte Verbeek will step down in March, one of the aides said.',
    c: 'Mayor Lotte Verbeek will step down in March.',
    d: 'Mayor Lotte Verbeek said she will step down in March.',
    e: 'Mayor Lotte Verbeek announced she will step down in March.',
  }), ['c Mayor Lotte Verbeek will step down in March']);
});
