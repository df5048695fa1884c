import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

// the name-swapped rule's findings: 'names "X" where ...'
const entities = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.kind === 'entity' && f.message.startsWith('names ')).map((f) => `${f.article} ${f.text}`);

test('a month or weekday that stands as a date is never a swapped name, without a publication date', () => {
  assert.deepEqual(entities({
    a: 'The mill will close in May, the owners told workers on Friday.',
    b: 'The mill will close in May, the owners told workers on Friday.',
    c: 'The mill will close in June, the owners told workers on Friday.',
  }), []);
  assert.deepEqual(entities({
    a: 'The ferry line stops on Sunday, the port said.',
    b: 'The ferry line stops on Sunday, the port said.',
    c: 'The ferry line stops on Monday, the port said.',
  }), []);
});

test('a person swapped for another is still a swapped name', () => {
  assert.deepEqual(entities({
    a: 'The mill was sold to Anna Berg, the owners told workers.',
    b: 'The mill was sold to Anna Berg, the owners told workers.',
    c: 'The mill was sold to Ivo Lind, the owners told workers.',
  }), ['c Ivo Lind']);
});
