import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagsOfSentence } from './_compare-texts.ts';

test('a body described by a kind outside the state is no named public body, though the article names that body elsewhere', () => {
  const board = 'The Harbour Safety Board (HSB) opened an inquiry on Monday. The ferry had two earlier engine faults this year, according to the HSB.';
  const found = flagsOfSentence({
    a: board,
    b: board,
    c: 'The Harbour Safety Board opened an inquiry on Monday. The ferry had two earlier engine faults this year, according to the dockers’ union.',
  }, 1);
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
});

test('a body described loosely may still be the named one of its side ("the national weather office")', () => {
  const agency = 'The Orland Meteorological Institute published its yearly review on Monday. Last year was the warmest since records began, the national weather office said.';
  const found = flagsOfSentence({
    a: agency,
    b: agency,
    c: 'The Orland Meteorological Institute published its yearly review on Monday. Last year was the warmest since records began, the Orland Meteorological Institute said.',
  }, 1);
  assert.deepEqual(found.filter((f) => f.includes('attribution')), []);
});

test('a document is its maker\'s: the same kind of study by another body is another source', () => {
  const council = 'A study by the council of 2,000 households found the new arena would add 40 million euros a year to the town.';
  const found = flagsOfSentence({ a: council, b: council, c: 'A study by the club of 2,000 households found the new arena would add 40 million euros a year to the town.' }, 0);
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
  // (a maker told with its own words, "carried out by", and a year are no other maker)
  const again = flagsOfSentence({ a: council, b: council, c: 'A 2027 study carried out by the council of 2,000 households found the new arena would add 40 million euros a year to the town.' }, 0);
  assert.deepEqual(again.filter((f) => f.includes('attribution')), [], again.join('\n'));
  // (nor is a year another owner: "a 2027 survey" / "a 2028 survey" tell another date)
  const survey = 'According to a 2027 survey, most households in the valley heat with wood.';
  const year = flagsOfSentence({ a: survey, b: survey, c: 'According to a 2028 survey, most households in the valley heat with wood.' }, 0);
  assert.deepEqual(year.filter((f) => f.includes('attribution')), [], year.join('\n'));
});
