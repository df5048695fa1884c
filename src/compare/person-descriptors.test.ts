// A person's post, rank and body, read story-wide: an outlet's description of a person set against every description
// the source gives that person, wherever the sentences were seated (findChangedDescriptors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlesOf } from './_compare-texts.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { tagArticle } from './tag/tag-article.ts';
import { chooseSource } from './choose-source.ts';
import { compareOutsideClaims } from './compare-claims.ts';
import { descriptorsOf } from './find-changed-descriptors.ts';

// An outlet named after a wire agency is the source.
const WIRE = 'Reuters';

// The entity changes found in outlet b's second sentence, an outlet-only passage read against the source.
function entities(wire: string, b: string): string[] {
  const articles = articlesOf({ [WIRE]: wire, b });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const outlet = articles.find((a) => a.id === 'b')!;
  const passage = spanOf('b', outlet.text, outlet.sentences[1]!.start, outlet.sentences[1]!.end);
  return compareOutsideClaims([passage], [], tagged, byId, [], chooseSource(articles)).filter((d) => d.kind === 'entity').map((d) => `${d.text} | ${d.versus[0]?.text}`);
}

// How an article describes the people it names, as "surname: title | body".
function described(text: string): string[] {
  const [a] = articlesOf({ x: text });
  const t = tagArticle(a!, extractMentions(a!.text, a!.sentences, null), 0);
  const words = (from: number, to: number): string => a!.text.slice(t.words[from]!.start, t.words[to - 1]!.end);
  return descriptorsOf(t).map((d) => `${d.surname}: ${d.title ? words(d.title.from, d.title.to) : '-'} | ${d.body ? words(d.body.from, d.body.to) : '-'}`);
}

test('a description is read before the name, in an apposition after it, and in "of" a body', () => {
  assert.deepEqual(described('Shares fell, said Asterby Bank boss Dorit Velm. Piet Aalders, an analyst at Morrow Securities, agreed.'),
    ['velm: boss | Asterby Bank', 'aalders: analyst | Morrow Securities']);
  assert.deepEqual(described('Fire brigade commander Colonel Yann Desclos spoke. Ilse Berend, the lead author of the study and head of the climate unit, spoke.'),
    ['desclos: Colonel | -', 'desclos: Fire brigade commander | -', 'berend: lead author | study', 'berend: head | climate unit']);
  assert.deepEqual(described('Marek Lund of the Green Renewal Party objected. Taro Venn, leader of Ostland\'s opposition Farmers\' Union, objected.'),
    ['lund: - | Green Renewal Party', 'venn: leader | Farmers\' Union']);
});

test('another post, rank or body for the same person, in any sentence, is an entity changed', () => {
  const wire = 'Shares in the lender fell 3% on Friday. "We are cautious," said Dorit Velm, chief economist at Asterby Bank. Velm expects two more cuts.';
  assert.deepEqual(entities(wire, 'Markets slid on Friday. Asterby Bank boss Dorit Velm said the outlook was cautious.'), ['boss | chief economist']);
  const analyst = 'Rates may fall again in May, said Piet Aalders, an analyst at Morrow Securities. Aalders said inflation was easing.';
  assert.deepEqual(entities(analyst, 'The bank held rates. Piet Aalders of Kessel Capital said rates may fall again in May.'), ['Kessel Capital | Morrow Securities']);
  const mayor = 'Deputy mayor Hanne Quist said the count was clean. Quist called for calm.';
  assert.deepEqual(entities(mayor, 'The count ended at midnight. Mayor Hanne Quist said the count was clean.'), ['Mayor | Deputy mayor']);
  const postman = 'Retired postman Aurel Tamm filmed the fireball from his garden. Tamm said it lit up the sky.';
  assert.deepEqual(entities(postman, 'The fireball was seen across the north. Retired teacher Aurel Tamm filmed it from his garden.'), ['teacher | postman']);
});

test('the same post in other words, a vaguer word, a rank of address, two posts, a company and initials are no change', () => {
  const ceo = 'Chief executive Lina Sorg said the plant would close. Sorg, who founded the firm, declined to comment further.';
  assert.deepEqual(entities(ceo, 'The plant employs 400. CEO Lina Sorg said it would close.'), []);
  assert.deepEqual(entities(ceo, 'The plant employs 400. Company boss Lina Sorg said it would close.'), []);
  const cfo = 'Former chief financial officer Jonas Brekk was charged. Brekk denies wrongdoing.';
  assert.deepEqual(entities(cfo, 'Prosecutors acted on Monday. Ex-CFO Jonas Brekk was charged.'), []);
  // a specialist may be called an expert; a general may head the army
  const ecologist = 'Freshwater ecologist Pavla Renn said the bloom was spreading. Renn urged caution.';
  assert.deepEqual(entities(ecologist, 'The lake is closed. Expert Pavla Renn said the bloom was spreading.'), []);
  const general = 'Gen. Ivor Brand, the head of the army, said troops would stay. Brand spoke in the capital.';
  assert.deepEqual(entities(general, 'Troops will stay. Army chief Ivor Brand said so on Monday.'), []);
  // two posts the source gives together
  const both = 'Lina Sorg, the founder and chief executive of Morvel, said the plant would close. Sorg spoke in Ardent.';
  assert.deepEqual(entities(both, 'The plant employs 400. Founder Lina Sorg said it would close.'), []);
  // a company described by its trade is no person
  const company = 'Orbeck Rare Earths, the largest producer, cut output. Prices rose.';
  assert.deepEqual(entities(company, 'Prices jumped. Top miner Orbeck Rare Earths cut output.'), []);
  // a body's initials, spelled out
  const initials = 'Irma Pallo, a spokeswoman for the National Energy Safety Authority, said the pipe had cracked. Pallo said repairs had begun.';
  assert.deepEqual(entities(initials, 'The leak was found on Monday. Irma Pallo, a spokeswoman for the NESA, said the pipe had cracked.'), []);
  // the last words of the name a body's initials stand for
  const tail = 'The Ostland Dairy Federation (ODF) raised milk prices by 9% on Monday. "Costs have doubled," ODF chief executive Maren Tull said. Tull spoke in Varn.';
  assert.deepEqual(entities(tail, 'Milk will cost more from Monday. Dairy Federation boss Maren Tull claimed that costs had doubled.'), []);
  // one trade in two Englishes
  const lawyer = 'His lawyer, Fenna Oudkerk, said he would appeal. Oudkerk declined to say when.';
  assert.deepEqual(entities(lawyer, 'He denies the charges. His attorney, Fenna Oudkerk, said he would appeal.'), []);
});

test('a post named by its portfolio takes the capitalised words before it: another portfolio is another post', () => {
  const wire = 'The council will get help. Digital Affairs Minister Corinne Ashby said the government would help. Ashby spoke in Varn.';
  assert.deepEqual(described(wire).slice(0, 1), ['ashby: Digital Affairs Minister | -']);
  assert.deepEqual(entities(wire, 'The council is offline. Interior Minister Corinne Ashby said the government would help.'), ['Interior Minister | Digital Affairs Minister']);
  // the same portfolio, with the country before it, and a body's initials before a spokeswoman, are no change
  assert.deepEqual(entities(wire, 'The council is offline. Ostland Digital Affairs Minister Corinne Ashby said the government would help.'), []);
  const initials = 'Flights resumed on Monday, authority spokeswoman Mira Dounas said. Dounas gave no details.';
  assert.deepEqual(entities(initials, 'Flights were back. CAA spokeswoman Mira Dounas said flights resumed on Monday.'), []);
});

test('a title set off before the name, and a post told by "who chairs" or "who heads", describe the person too', () => {
  assert.deepEqual(described('The service\'s chief forecaster, Abena Kourouma, said rain was late. Sanna Liefeld, who chairs the Vesta Residents\' Association, objected.'),
    ['kourouma: chief forecaster | service\'s', 'liefeld: who chairs the Vesta Residents\' Association | Vesta Residents\' Association']);
  const forecaster = 'Rain was late this year, said the service\'s chief forecaster, Abena Kourouma. Kourouma spoke in Port Selame.';
  assert.deepEqual(entities(forecaster, 'Rain was late. The service\'s director, Abena Kourouma, said so.'), ['director | chief forecaster']);
  const chair = 'Lorna Kvarme, who chairs the residents\' association, said the smell was worse. Kvarme spoke on Monday.';
  assert.deepEqual(entities(chair, 'The smell spread. Lorna Kvarme, a town councillor, said the smell was worse.'), ['town councillor | who chairs the residents\' association']);
  // the same post in other words: "chairs" / "chairwoman"; "the head of the army" / "army chief"; "head" is vaguer than
  // any post, so "the head of policy" is left to the reader against "president"
  assert.deepEqual(entities(chair, 'The smell spread. Lorna Kvarme, the association\'s chairwoman, said the smell was worse.'), []);
  assert.deepEqual(entities('Army chief Ivor Brand said troops would stay. Brand spoke in the capital.', 'Troops will stay. The head of the army, Ivor Brand, said so on Monday.'), []);
  // a compound post written with a hyphen is one post, not a rank of address ("director-general" is no general)
  const dg = 'Felling will start in March, said the commission\'s chief forecaster, Oskar Vennholt. Vennholt spoke in Lenham.';
  assert.deepEqual(entities(dg, 'Felling starts in March. The commission\'s director-general, Oskar Vennholt, said so.'), ['director-general | chief forecaster']);
});
