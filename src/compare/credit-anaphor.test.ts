import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences, flagsOfSentence } from './_compare-texts.ts';

const attributionFlags = (texts: Record<string, string>) =>
  compareFirstSentences(texts).filter((f) => f.kind === 'attribution').map((f) => `${f.article} ${f.text}`);

test('"the company said" where the others name the company is no change of source', () => {
  assert.deepEqual(attributionFlags({
    a: 'Norvik Rail said in a statement that the train had been serviced in June.',
    b: 'Norvik Rail said the train had been serviced in June.',
    c: 'The train had been serviced in June, Norvik Rail said.',
    d: 'The company said the train had been serviced in June.',
  }), []);
});

test('a described source that is no organisation standing in for a name is still another source', () => {
  const found = attributionFlags({
    a: 'Norvik Rail said in a statement that the train had been serviced in June.',
    b: 'Norvik Rail said the train had been serviced in June.',
    c: 'The train had been serviced in June, Norvik Rail said.',
    d: 'A union official said the train had been serviced in June.',
  });
  assert.ok(found.some((f) => f.startsWith('d ')), found.join('\n'));
});

test('"according to" an institution told only by description credits it: another named source is a change', () => {
  const found = attributionFlags({
    a: 'The tower had 14 floors, according to the municipal planning register.',
    b: 'The tower had 14 floors, according to the municipal planning register, which lists every permit.',
    c: 'The tower had 14 floors, according to the planning register.',
    d: 'The tower had 14 floors, according to Holm Builders.',
  });
  assert.ok(found.some((f) => f.startsWith('d ')), found.join('\n'));
});

test('"the <noun> said" after a body named with that noun credits that body, whatever the noun', () => {
  const context = 'The Vennmark Coastguard searched the bay overnight. ';
  const moved = flagsOfSentence({
    a: `${context}Two of the crew were in stable condition, the hospital said.`,
    b: `${context}Two of the crew were in stable condition, the hospital said.`,
    c: `${context}Two of the crew were in stable condition, the hospital said.`,
    d: `${context}Two of the crew were in stable condition, the coastguard said.`,
  }, 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(moved, ['d attribution the coastguard said']);
  const same = flagsOfSentence({
    a: `${context}Two of the crew were in stable condition, the Vennmark Coastguard said.`,
    b: `${context}Two of the crew were in stable condition, the Vennmark Coastguard said.`,
    c: `${context}Two of the crew were in stable condition, the coastguard said.`,
  }, 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(same, []);
});

// A quotation credited "she said" after a lawyer's sentence and `middle`, in three outlets, and to the lawyer in a
// fourth: the attribution findings of the quotation's sentence.
function quotationGivenToLawyer(middle: string): string[] {
  const before = 'Tomas Varga, a lawyer for the tenants, said the ruling would be appealed. ';
  const quote = '"Nobody should lose a home over a paperwork error,"';
  const told = `${before}${middle}${quote} she said.`;
  return flagsOfSentence({ a: told, b: told, c: told, d: `${before}Tenant groups welcomed the ruling. ${quote} Varga said.` }, 2)
    .filter((f) => f.includes(' attribution '));
}

test('"she said" after a sentence that opens on a person speaking points back at that person: another name is a moved credit', () => {
  assert.deepEqual(quotationGivenToLawyer('Ilse Brandauer, who chairs the Tenants Forum, called the ruling "a win for every renter." '), ['d attribution Varga said']);
});

test('a person named at the head of a sentence who does not speak in it is no one "she said" is known to mean', () => {
  assert.deepEqual(quotationGivenToLawyer('Ilse Brandauer, 54, was evicted in March. '), []);
});

test('a name with its umlaut written out ("Koehler") is the name with the umlaut', () => {
  const speaker = 'Economy Minister Jürgen Köhler urged both sides to return to talks. ';
  const said = 'the state would pay for an arbiter if both sides asked for one.';
  const found = flagsOfSentence({
    a: `${speaker}Köhler said ${said}`, b: `${speaker}Köhler said ${said}`, c: `${speaker}Köhler said ${said}`,
    d: `Economy Minister Jürgen Koehler urged both sides to return to talks. He said ${said}`,
  }, 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(found, []);
});

test('a body named between a person and "she said" is no one the pronoun may mean; nor is a speaker who goes on to speak with "and said"', () => {
  const speaker = 'Housing Minister Edda Falk ordered an inquiry, to be led by the Norrvik Building Standards Board, and said its report would be published in June. ';
  const moved = flagsOfSentence({
    a: `${speaker}"Families deserve to know who signed off on this," she said.`,
    b: `${speaker}"Families deserve to know who signed off on this," she said.`,
    c: `${speaker}"Families deserve to know who signed off on this," she said.`,
    d: `${speaker}"Families deserve to know who signed off on this," Lindgren said.`,
  }, 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(moved, ['d attribution Lindgren said']);
  const same = flagsOfSentence({
    a: `${speaker}"Families deserve to know who signed off on this," she said.`,
    b: `${speaker}"Families deserve to know who signed off on this," she said.`,
    c: `${speaker}"Families deserve to know who signed off on this," Falk said.`,
  }, 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(same, []);
});

test('"he added", pointing back at a person told as of one body, against another body is a moved credit; against that body it is not', () => {
  const ctx = 'Oskar Lindfeldt, a materials scientist at the Varmen University of Technology, said lithium fires were hard to put out. ';
  const said = 'Storing the packs side by side could let a fire jump from one to the next';
  const texts = (d: string) => ({ a: `${ctx}${said}, he added.`, b: `${ctx}${said}, he added.`, c: `${ctx}${said}, he added.`, d: `${ctx}${said}, ${d}.` });
  const attribution = (d: string) => flagsOfSentence(texts(d), 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(attribution('the transport ministry said'), ['d attribution the transport ministry said']);
  assert.deepEqual(attribution('the university said'), []);
  assert.deepEqual(attribution('the Varmen University of Technology said'), []);
  // told by name alone, the person may speak for any body
  const bare = 'Lindfeldt said lithium fires were hard to put out. ';
  assert.deepEqual(flagsOfSentence({ a: `${bare}${said}, he added.`, b: `${bare}${said}, he added.`, c: `${bare}${said}, the transport ministry said.` }, 1).filter((f) => f.includes(' attribution ')), []);
});

test('a name "who" follows names a person though the clause names a body: "she said" after it points back at her', () => {
  const ctx = 'Ottilie Brenner, who leads the independent group on the district council, said only about 300 of the new street lamps worked. ';
  const quote = '"It was sold as a saving. It has cost residents more," ';
  const moved = flagsOfSentence({
    a: `${ctx}${quote}she said.`, b: `${ctx}${quote}she said.`, c: `${ctx}${quote}she said.`,
    d: `${ctx}${quote}Harland added.`,
  }, 2).filter((f) => f.includes(' attribution '));
  assert.ok(moved.some((f) => f.startsWith('d attribution Harland')), moved.join('\n'));
  assert.deepEqual(flagsOfSentence({
    a: `${ctx}${quote}she said.`, b: `${ctx}${quote}she said.`, c: `${ctx}${quote}Brenner added.`,
  }, 2).filter((f) => f.includes(' attribution ')), []);
});

test('"she said", pointing back at a person named, told as "officials said" is a credit blurred; told by her name it is the same', () => {
  const ctx = 'Mara Devlin, head of the bridge authority, said the span was safe to use. ';
  const said = 'early checks pointed to a loose expansion joint.';
  const texts = (d: string) => ({ a: `${ctx}She said ${said}`, b: `${ctx}She said ${said}`, c: `${ctx}She said ${said}`, d: `${ctx}${d} ${said}` });
  const attribution = (d: string) => flagsOfSentence(texts(d), 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(attribution('Officials said'), ['d attribution Officials said']);
  assert.deepEqual(attribution('Devlin said'), []);
});

test('"the minister says", where "she said" points back at the minister named, is no credit blurred', () => {
  const ctx = 'Culture Minister Senta Roos said the grants were too small. ';
  const said = 'four new regional museums were expected to open by the end of 2029.';
  assert.deepEqual(flagsOfSentence({ a: `${ctx}She said ${said}`, b: `${ctx}She said ${said}`, c: `${ctx}She said ${said}`, d: `${ctx}The minister says ${said}` }, 1)
    .filter((f) => f.includes(' attribution ')), []);
});

test('the apposition of a sentence opening on a speaker tells whom she speaks for: "she said" is not another body\'s', () => {
  const ctx = 'Ruth Calloway, director of the Estfield Tenants Union, called the verdict "long overdue." ';
  const quote = '"They have waited long enough for a safe home,"';
  const texts = (d: string) => ({ a: `${ctx}${quote} she said.`, b: `${ctx}${quote} she said.`, c: `${ctx}${quote} she said.`, d: `${ctx}${quote} ${d}.` });
  const attribution = (d: string) => flagsOfSentence(texts(d), 1).filter((f) => f.includes(' attribution '));
  assert.deepEqual(attribution('the transport ministry said'), ['d attribution the transport ministry said']);
  assert.deepEqual(attribution('the union said'), []);
});
