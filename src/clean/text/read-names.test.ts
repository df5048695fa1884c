import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNames } from './read-names.ts';

test('readNames reads one or several person names', () => {
  assert.deepEqual(readNames('Ana de la Cruz'), ['Ana de la Cruz']);
  assert.deepEqual(readNames('J. R. Roe, Ana Ruiz and Tom Lee'), ['J. R. Roe', 'Ana Ruiz', 'Tom Lee']);
  assert.deepEqual(readNames('Zoë Müller-Åberg'.replace('-', ' ')), ['Zoë Müller Åberg']);
});

test('readNames refuses sentences, single words and shouted headings', () => {
  for (const text of ['The ferry sails', 'Harbor', 'BREAKING NEWS TODAY', 'Ana Ruiz said so.', 'by the harbor']) {
    assert.equal(readNames(text), null, text);
  }
});
