import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagsOfSentence } from './_compare-texts.ts';

test('a body described by a kind outside the state is no named public body, though the article names that body elsewhere', () => {
  const board = 'The Marine Safety Board (MSB) opened an inquiry on Monday. It was the third engine-room fire on the route in five years, according to the MSB.';
  const found = flagsOfSentence({
    a: board,
    b: board,
    c: 'The Marine Safety Board opened an inquiry on Monday. It was the third engine-room fire on the route in five years, according to the seafarers’ union.',
  }, 1);
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
});

test('a body described loosely may still be the named one of its side ("the country\'s weather agency")', () => {
  const agency = 'The Orland Meteorological Institute published its yearly review on Monday. Last year was the warmest since records began, the country’s weather agency said.';
  const found = flagsOfSentence({
    a: agency,
    b: agency,
    c: 'The Orland Meteorological Institute published its yearly review on Monday. Last year was the warmest since records began, the Orland Meteorological Institute said.',
  }, 1);
  assert.deepEqual(found.filter((f) => f.includes('attribution')), []);
});

test('a document is its maker\'s: the same kind of study by another body is another source', () => {
  const council = 'A study commissioned by the council found the new arena would add 40 million euros a year to the town.';
  const found = flagsOfSentence({ a: council, b: council, c: 'A study commissioned by the club found the new arena would add 40 million euros a year to the town.' }, 0);
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
  // (a maker told with its own words, "carried out by", and a year are no other maker)
  const again = flagsOfSentence({ a: council, b: council, c: 'A 2027 study carried out by the council found the new arena would add 40 million euros a year to the town.' }, 0);
  assert.deepEqual(again.filter((f) => f.includes('attribution')), [], again.join('\n'));
});
