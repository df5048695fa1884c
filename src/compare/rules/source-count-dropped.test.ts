import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

const dropped = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.message.includes('without the count')).map((f) => `${f.article} ${f.text}`);

test('a count dropped beside a document every version cites is still a count dropped', () => {
  assert.deepEqual(dropped({
    a: 'Two witnesses told detectives that the gate was locked, according to the police report.',
    b: 'Two witnesses told detectives that the gate was locked, according to the police report.',
    c: 'Witnesses told detectives that the gate was locked, according to the police report.',
  }), ['c Witnesses told']);
});

test('a firm credit the counting versions do not give is another source, not a dropped count', () => {
  assert.deepEqual(dropped({
    a: 'Two witnesses told detectives that the gate was locked.',
    b: 'Two witnesses told detectives that the gate was locked.',
    c: 'Witnesses told detectives that the gate was locked, according to the police report.',
  }), []);
});
