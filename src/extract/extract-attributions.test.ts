import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAttributions } from './extract-attributions.ts';
import { testSentences } from './test-sentences.ts';

const run = (text: string) => extractAttributions(text, testSentences(text));
const brief = (text: string) => run(text).map((m) => [m.source.text, m.cue.text, m.sourceType, m.key, m.count ?? null]);

test('counted sources after "according to"', () => {
  assert.deepEqual(brief('The ferry line closed, according to nine people familiar with the plans.'), [
    ['nine people familiar with the plans', 'according to', 'counted', 'sources:9', 9],
  ]);
});

test('wire agencies, passive agents and "told" an agency', () => {
  const found = brief('Port workers were laid off, according to 14 sources cited by AFP. The harbour master told the Associated Press that ships waited.');
  assert.deepEqual(found, [
    ['14 sources', 'according to', 'counted', 'sources:14', 14],
    ['AFP', 'cited', 'wire', 'afp', null],
    ['The harbour master', 'told', 'described', 'master:harbour', null],
    ['the Associated Press', 'told', 'wire', 'ap', null],
  ]);
});

test('described, named with appositive, inverted and pronoun sources', () => {
  const found = brief(
    'A former customs official said the cargo was late. “We saw nothing,” said Maria Olsen, a pilot at the northern port. Olsen said it twice. “It was calm,” she said.',
  );
  assert.deepEqual(found, [
    ['A former customs official', 'said', 'described', 'official:former customs', null],
    ['Maria Olsen, a pilot at the northern port', 'said', 'named', 'maria olsen', null],
    ['Olsen', 'said', 'named', 'olsen', null],
    ['she', 'said', 'named', 'pronoun:she', null],
  ]);
});

test('documents, outlets and unspecified attribution', () => {
  const found = brief('The audit found gaps. The Daily Harbor Times reported a fire. The mayor reportedly resigned.');
  assert.deepEqual(found, [
    ['The audit', 'found', 'document', 'document:audit', null],
    ['The Daily Harbor Times', 'reported', 'outlet', 'daily harbor times', null],
    ['reportedly', 'reportedly', 'unspecified', 'unspecified:reportedly', null],
  ]);
});

test('a cue inside a quotation is the speaker’s wording, not an attribution', () => {
  const found = brief('“I think we can win,” the coach said.');
  assert.deepEqual(found, [['the coach', 'said', 'described', 'coach', null]]);
});

test('spans index the text and the list is sorted', () => {
  const text = 'Two sources said the deal\u2014worth “a lot”\u2014fell through, the company said in a statement.';
  const found = run(text);
  assert.ok(found.length >= 2);
  for (const m of found) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(text.slice(m.source.start, m.source.end), m.source.text);
    assert.equal(text.slice(m.cue.start, m.cue.end), m.cue.text);
  }
  assert.deepEqual(found.map((m) => m.start), [...found.map((m) => m.start)].sort((a, b) => a - b));
  assert.equal(found.at(-1)?.cue.text, 'said in a statement');
});

test('a gerund "citing" credits what it cites; the subject of a passive cue is its audience', () => {
  assert.deepEqual(brief('The port will close, the Harbor Gazette reported, citing four officials familiar with the plans.'), [
    ['the Harbor Gazette', 'reported', 'outlet', 'harbor gazette', null],
    ['four officials familiar with the plans', 'citing', 'counted', 'sources:4', 4],
  ]);
  assert.deepEqual(brief('Dockers were told to stay home. The board was briefed on Friday.'), []);
  const quoted = brief('The mayor was quoted as saying the port would reopen.');
  assert.ok(quoted.length > 0 && quoted.every((m) => m[0] === 'The mayor'), JSON.stringify(quoted));
});

test('a source described by a relative clause, and a speaker followed by one', () => {
  assert.deepEqual(brief('The port will close, two people who attended the meeting said.'), [
    ['two people who attended the meeting', 'said', 'counted', 'sources:2', 2],
  ]);
  assert.deepEqual(brief('“It is unsafe,” said Ana Ruiz, a professor at Portville Technical University who has studied the pier.')[0]?.slice(0, 4), [
    'Ana Ruiz, a professor at Portville Technical University', 'said', 'named', 'ana ruiz',
  ]);
  assert.deepEqual(brief('The pier is unsafe, the harbour board’s chief engineer, Ana Ruiz, said.')[0]?.slice(2, 4), ['named', 'ana ruiz']);
});

test('a hyphenated surname stays whole in the key', () => {
  assert.deepEqual(brief('Ana Polga-Ruiz, a professor at the Naval Academy in Portville, said the pier was unsafe.')[0]?.slice(2, 4), ['named', 'ana polga-ruiz']);
});

test('a degree word inside the source keeps the phrase whole', () => {
  assert.deepEqual(brief('Ticket sales fell by a third, according to the ferry company’s most recent annual filing.').map((f) => f.slice(0, 3)), [
    ['the ferry company’s most recent annual filing', 'according to', 'document'],
  ]);
});

test('a name before "of" its institution is the speaker, not the place the phrase ends on', () => {
  assert.deepEqual(brief('“The pumps held,” said Ida Marsh of the Polytechnic of Dunmore in Scotland, who ran the tests.'), [
    ['Ida Marsh of the Polytechnic of Dunmore in Scotland', 'said', 'named', 'ida marsh', null],
  ]);
});

test('a relative clause inside an appositive leaves the name before it as the source', () => {
  assert.deepEqual(brief('Tomas Reyna, an engineer at the Dunmore yard who was not involved in the audit, said the welds were sound.'), [
    ['Tomas Reyna, an engineer at the Dunmore yard who was not involved in the audit', 'said', 'named', 'tomas reyna', null],
  ]);
});

test('a capitalised word that counts a group opening the sentence is no name', () => {
  assert.deepEqual(brief('Several fishing crews said the nets came up empty.'), [
    ['Several fishing crews', 'said', 'described', 'crews:several fishing', null],
  ]);
});

test('a capitalised job title before a two-word name is no part of the name', () => {
  assert.deepEqual(brief('Norsk Polymer Chief Financial Officer Ada Brun said the plant would close.')[0]?.slice(2, 4), ['named', 'ada brun']);
  assert.deepEqual(brief('Deputy Director Ola Nygaard said the plant would close.')[0]?.slice(2, 4), ['named', 'ola nygaard']);
  // legal offices are job titles too
  assert.deepEqual(brief('County Attorney Ruth Okoro said the charges would stand.')[0]?.slice(2, 4), ['named', 'ruth okoro']);
  assert.deepEqual(brief('Chief Prosecutor Ivan Salo said the charges would stand.')[0]?.slice(2, 4), ['named', 'ivan salo']);
});

test('a bare plural or mass noun after "according to" is the source, even when tagged as a verb', () => {
  assert.deepEqual(brief('The ferry sank at dawn, according to police.').map((m) => m.slice(0, 2)), [['police', 'according to']]);
  assert.deepEqual(brief('According to police, the bridge was shut.').map((m) => m.slice(0, 2)), [['police', 'According to']]);
  assert.deepEqual(brief('The pier was closed, according to staff at the port.').map((m) => m.slice(0, 2)), [['staff at the port', 'according to']]);
});

test('the object a speaker names with a quotation is not the speaker ("X, a lawyer, called the plan “a disgrace”")', () => {
  assert.deepEqual(brief('Ruth Okoro, the union’s lawyer, called the ruling “a defeat for workers.”')[0]?.slice(1, 4), ['called', 'named', 'ruth okoro']);
  assert.deepEqual(brief('Ruth Okoro, the union’s lawyer, called the ruling "a defeat for workers."')[0]?.slice(1, 4), ['called', 'named', 'ruth okoro']);
  // the inverted speaker still ends at a closing mark or the sentence's end
  assert.deepEqual(brief('“We will appeal,” said Ruth Okoro.')[0]?.slice(0, 4), ['Ruth Okoro', 'said', 'named', 'ruth okoro']);
});

test("a body named with a plural possessive is one source, before the verb or after 'according to'", () => {
  const found = brief("Wages fell, according to the Dock Workers' Union. The Farmers' Federation said prices rose.").map((x) => x[0]);
  assert.deepEqual(found, ["the Dock Workers' Union", "The Farmers' Federation"]);
});
