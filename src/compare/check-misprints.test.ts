import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaselineUsed } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import type { Filed } from './finding.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { articlesOf } from './_compare-texts.ts';
import { tagArticle } from './tag/tag-article.ts';
import { checkMagnitudes, checkMisprints } from './check-misprints.ts';

// Figures read across whole articles against the source: a figure misprinted anywhere (digits transposed or a scale
// slipped), and a word of magnitude counting more than the source's figures.

function filed(check: typeof checkMisprints, wire: string, other: string): Filed[] {
  const articles = articlesOf({ wire, other });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, a.published), order)]));
  const baseline: BaselineUsed = { mode: 'wire', article: 'wire', label: 'the wire' };
  // each text one passage of its own: no claim holds it
  const unique = articles.map((a) => spanOf(a.id, a.text, 0, a.text.length));
  return check(tagged, baseline, [], unique);
}

function misprints(wire: string, other: string): string[] {
  return filed(checkMisprints, wire, other).map(({ finding: f }) => `${f.span.text} / ${f.versus[0]!.text}: ${f.message.replace(/^.*: /, '')}`);
}

function magnitudes(wire: string, other: string): string[] {
  return filed(checkMagnitudes, wire, other).map(({ finding: f }) => `${f.kind}: ${f.span.text} / ${f.versus[0]!.text}`);
}

test('a figure retold with its digits transposed is a changed number, however the sentence was reworded', () => {
  const found = misprints('The recall covers 412,000 vehicles sold in Kessland since 2019, the regulator said.', 'In Kessland, 421,000 cars are affected, according to the regulator.');
  assert.deepEqual(found, ['421,000 / 412,000: its digits in another order']);
});

test('a figure slipped by a power of ten is a changed number', () => {
  const found = misprints('The plant employs about 2,300 people in the region.', 'About 23,000 people work at the plant.');
  assert.deepEqual(found, ['23,000 / 2,300: ten times the figure']);
});

test('two figures that only share digits or a power of ten are not taken for one', () => {
  // small counts, and a count of other things
  assert.deepEqual(misprints('Two ministers resigned after 2,000 people protested.', 'Two ministers quit.'), []);
  assert.deepEqual(misprints('About 300 residents were moved out of the valley.', 'The storm closed 3,000 schools.'), []);
  // the figure is given by the source too
  assert.deepEqual(misprints('Officials counted 412,000 vehicles, of which 421,000 parts were ordered.', 'Officials ordered 421,000 parts.'), []);
});

test('a figure a digit off, told of the same thing in a sentence retelling the source\'s, is a changed number', () => {
  const found = misprints('The thieves were inside the museum for about eight minutes before the alarm sounded, police said.', 'Police said the thieves spent about 18 minutes inside the museum before the alarm sounded.');
  assert.deepEqual(found, ['18 / eight: a digit changed, added or dropped']);
  const rate = misprints('The lander was descending at about 80 metres per second when contact was lost.', 'Contact was lost with the lander descending at about 180 metres per second.');
  assert.deepEqual(rate, ['180 / 80: a digit changed, added or dropped']);
});

test('a figure a digit off is another fact where the sentences tell other things, or the figures are below ten', () => {
  // the same noun counted in a sentence about something else
  assert.deepEqual(misprints('The bank sold 58 tonnes of gold last year, the governor said.', 'The governor told a news conference that the bank would sell a further 8 tonnes by the end of June and keep at least 40 tonnes.'), []);
  // one-digit figures: every change is one digit
  assert.deepEqual(misprints('Four people familiar with the decision said the advisers would leave.', 'Three people familiar with the decision said the advisers would leave.'), []);
});

// A word of magnitude ("dozens of", "hundreds of") counting what the source counts only with smaller figures,
// wherever either article tells it: the count inflated.

test('a word of magnitude counting what the source counts with a smaller figure is a changed quantity', () => {
  assert.deepEqual(
    magnitudes('The agency said on Tuesday it will suspend 14 bus routes from December. Fares will not change.', 'Fares stay the same. Bosses are axing dozens of bus routes across the city.'),
    ['quantifier: dozens of bus routes / 14 bus routes'],
  );
  assert.deepEqual(
    magnitudes('Eleven other patients developed liver injury, the company said.', 'Hundreds of patients were left with liver damage.'),
    ['quantifier: Hundreds of patients / Eleven other patients'],
  );
});

test('a word of magnitude the figures allow, counting a part of a larger whole, or counting something else is no finding', () => {
  // the figure is one the word stands for
  assert.deepEqual(magnitudes('The agency will suspend 36 bus routes from December.', 'Bosses are axing dozens of bus routes.'), []);
  // a larger whole the outlet counts a part of
  assert.deepEqual(magnitudes('About 11,000 of the 15,400 state schools were shut.', 'Hundreds of schools stayed open.'), []);
  // another thing counted, and a rate against a count
  assert.deepEqual(magnitudes('The agency will suspend 14 bus routes from December.', 'Dozens of drivers have quit.'), []);
  assert.deepEqual(magnitudes('The review flagged 17 games.', 'Platforms report millions of games a day.'), []);
  // the source counts it with a word of magnitude too
  assert.deepEqual(magnitudes('The agency will suspend 14 bus routes and dozens of routes will run less often.', 'Dozens of bus routes are being cut.'), []);
});

test('another count of a thing both name in two words or more, each counting it once, is a changed number', () => {
  const wire = 'The health board has set up nine mobile testing units and carried out about 4,000 tests by Friday evening.';
  const six = 'By Friday evening the health board had set up six mobile testing units across the county.';
  assert.deepEqual(misprints(wire, six), ['six / nine: another count of the same thing']);
  // the thing counted twice in the source: which count the outlet retells is not known
  assert.deepEqual(misprints(`${wire} Three more mobile testing units will open on Monday.`, six), []);
  // a thing named in one word may be another thing counted
  assert.deepEqual(misprints('The health board has set up nine sites where residents can be tested.', 'By Friday evening the health board had set up six sites across the county.'), []);
});
