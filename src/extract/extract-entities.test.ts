import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from './extract-entities.ts';
import { testSentences } from './test-sentences.ts';

const brief = (text: string) => extractEntities(text, testSentences(text)).map((e) => [e.text, e.type, e.key, e.descriptor?.text ?? null]);

test('people with titles, descriptions and later surnames', () => {
  assert.deepEqual(brief('Ingrid Holm, a senior lecturer in geology at Uppsala University, said the crust moved. Holm spoke to Senator Peter Varga on Friday.'), [
    ['Ingrid Holm', 'person', 'ingrid holm', 'a senior lecturer in geology at Uppsala University'],
    ['Uppsala University', 'organization', 'uppsala university', null],
    ['Holm', 'person', 'ingrid holm', null],
    ["Peter Varga", "person", "peter varga", "Senator"],
    ['Friday', 'other', 'friday', null],
  ]);
});

test('places share a key whatever the spelling, demonyms included', () => {
  const keys = extractEntities('The U.S. and the United States and the US met British and UK envoys.', [{ start: 0, end: 71 }]).map((e) => [e.type, e.key]);
  assert.deepEqual(keys, [['place', 'us'], ['place', 'us'], ['place', 'us'], ['place', 'uk'], ['place', 'uk']]);
});

test('organisations by their words and acronyms; places after "in"', () => {
  assert.deepEqual(brief('Officials from the Ministry of Fisheries and NORDAG met in Tromsø.'), [
    ['Ministry of Fisheries', 'organization', 'ministry of fisheries', null],
    ['NORDAG', 'organization', 'nordag', null],
    ['Tromsø', 'place', 'tromsø', null],
  ]);
});

test('role words before a name become its descriptor', () => {
  const [person] = extractEntities('Former harbour master Lena Kask resigned.', [{ start: 0, end: 41 }]);
  assert.deepEqual([person?.text, person?.type, person?.descriptor?.text], ['Lena Kask', 'person', 'Former harbour master']);
});

test('a text ending in one capitalised word, or made of one, reads without throwing', () => {
  const tail = 'The ferry was delayed. S';
  assert.deepEqual(extractEntities(tail, testSentences(tail)).map((e) => e.text), []);
  assert.deepEqual(extractEntities('Word', testSentences('Word')).map((e) => e.text), []);
});

test('a name joined by "da" or "le" is one name, as compare reads it', () => {
  const text = 'Paintings by Leonardo da Vinci were shown.';
  assert.ok(extractEntities(text, testSentences(text)).some((e) => e.key === 'leonardo da vinci'));
});

test("a plural possessive runs into a body's name, not a company's into its product", () => {
  const names = (text: string) => brief(text).map(([name, type]) => `${name}:${type}`).filter((n) => !n.startsWith('Monday'));
  assert.deepEqual(names("Pay was cut, the Dock Workers' Union said on Monday."), ["Dock Workers' Union:organization"]);
  assert.deepEqual(brief("Doctors praised Varnel Biologics' Ostrovax on Monday.").map(([name]) => name).filter((n) => n !== 'Monday'), ['Varnel Biologics', 'Ostrovax']);
});
