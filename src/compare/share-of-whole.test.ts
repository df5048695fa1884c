// A share of a whole told two ways: the whole against a count of a part with no total ("all 14" / "eleven of them"),
// a vote's tally against unanimity, a share of people told by a verb ("70% said"), two shares of different wholes in
// one sentence paired by what they are shares of; and the same share written two ways left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';
const quantifiers = (texts: Record<string, string>): string[] => flags(texts).filter((f) => f.includes(' quantifier '));

test('the whole told where the others count a part of it is another share; the same count told as the whole is not', () => {
  const part = 'Eleven of them wear tracking collars, and two have already left the reserve, the institute said.';
  const whole = quantifiers({ [WIRE]: part, b: part, c: 'All 14 of the animals wear tracking collars, and two have already left the reserve, the institute said.' });
  assert.ok(whole.some((f) => f.startsWith('c quantifier All')), whole.join('\n'));
  const games = 'In 23 of those games the player matched the engine on almost every move, the panel found.';
  const every = quantifiers({ [WIRE]: games, b: games, c: 'In all 41 games the player matched the engine on almost every move, the panel found.' });
  assert.ok(every.some((f) => f.startsWith('c quantifier all')), every.join('\n'));
  const same = quantifiers({ [WIRE]: part, b: part, c: 'All eleven of them wear tracking collars, and two have already left the reserve, the institute said.' });
  assert.deepEqual(same, []);
});

test('a tally is a share of the vote: unanimity against a split vote is another share, the same tally written two ways is not', () => {
  const split = 'The regional council voted 27-14 in August to block the wind farm.';
  const unanimous = quantifiers({ [WIRE]: split, b: split, c: 'The regional council voted unanimously in August to block the wind farm.' });
  assert.ok(unanimous.some((f) => f.startsWith('c quantifier unanimously')), unanimous.join('\n'));
  const votes = 'The commission decided by three votes to two to suspend the licence.';
  const all = quantifiers({ [WIRE]: votes, b: votes, c: 'All five commissioners decided to suspend the licence.' });
  assert.ok(all.some((f) => f.startsWith('c quantifier All')), all.join('\n'));
  const same = quantifiers({ [WIRE]: split, b: split, c: 'The regional council voted 27 to 14 in August to block the wind farm.' });
  assert.deepEqual(same, []);
  const to = 'Its executive had voted 23 to 4 to recommend that members accept the deal.';
  const unanimously = quantifiers({ [WIRE]: to, b: to, c: 'Its executive had unanimously recommended that members accept the deal.' });
  assert.ok(unanimously.some((f) => f.startsWith('c quantifier unanimously')), unanimously.join('\n'));
  const moved = 'Support in the ballot rose from 12 to 15 branches, the union said.';
  assert.deepEqual(quantifiers({ [WIRE]: moved, b: moved, c: 'Support in the ballot rose unanimously from 12 to 15 branches, the union said.' }).filter((f) => f.includes('unanimously')), []);
});

test('a share of people told by a verb is read against a word for most of them', () => {
  const seventy = 'Of the parents surveyed, 70% said they would struggle to arrange childcare during the strike.';
  const almost = quantifiers({ [WIRE]: seventy, b: seventy, c: 'Of the parents surveyed, almost all said they would struggle to arrange childcare during the strike.' });
  assert.ok(almost.some((f) => f.startsWith('c quantifier almost all')), almost.join('\n'));
  const same = quantifiers({ [WIRE]: seventy, b: seventy, c: 'Of the parents surveyed, seven in ten said they would struggle to arrange childcare during the strike.' });
  assert.deepEqual(same, []);
});

test('two shares in one sentence are paired by the whole each is a share of', () => {
  const third = 'The union estimates that about a third of its 48,000 members have lost more than half of their harvest.';
  const most = quantifiers({ [WIRE]: third, b: third, c: 'The union says most of its 48,000 members have lost more than half of their harvest.' });
  assert.ok(most.some((f) => f.startsWith('c quantifier most of')), most.join('\n'));
  assert.ok(!most.some((f) => f.includes('more than half')), most.join('\n'));
});

test('a count of a part before an owner is no share ("four of the club\'s matches" counts matches, not the club)', () => {
  const all = 'Talvoren lost all four matches, the integrity unit found.';
  const four = quantifiers({ [WIRE]: all, b: all, c: "Talvoren lost four of the club's matches, the integrity unit found." });
  assert.deepEqual(four.filter((f) => f.includes('four of')), []);
});

test('"at all 14 of" is a share; "not at all" is none', () => {
  const twelve = "Nurses at 12 of the region's 14 public hospitals took part in the strikes.";
  const all = quantifiers({ [WIRE]: twelve, c: "Nurses at all 14 of the region's public hospitals took part in the strikes." });
  assert.ok(all.some((f) => f.startsWith('c quantifier all')), all.join('\n'));
  const most = 'Most of the 40 branches took part in the strike, the union said.';
  assert.deepEqual(quantifiers({ [WIRE]: most, b: most, c: 'Most of the 40 branches took part in the strike, which was not at all expected, the union said.' }), []);
});

test('a ratio changed points at the whole ratio ("one in ten"), not its first figure alone', () => {
  const five = 'About one in five calls was answered, the ministry said.';
  const found = flags({ [WIRE]: five, b: five, c: 'About one in ten calls was answered, the ministry said.' });
  assert.ok(found.some((f) => f.startsWith('c number one in ten')), found.join('\n'));
});

test('"both of" the things is all of them: against "one of the two" it is another share, against itself none', () => {
  const one = 'The storm closed one of the two ferry terminals at Varnholt, the port authority said.';
  const found = quantifiers({ a: one, b: one, c: 'The storm closed both of Varnholt\'s ferry terminals, the port authority said.' });
  assert.ok(found.some((f) => f.startsWith('c quantifier both of')), found.join('\n'));
  const both = 'The storm closed both of the ferry terminals at Varnholt, the port authority said.';
  assert.deepEqual(quantifiers({ a: both, b: both, c: 'The storm shut both of the ferry terminals at Varnholt, the port authority said.' }), []);
});

test('a word for a part read past the adjectives before its noun; a superlative is no part', () => {
  const thirds = 'Electric cars made up roughly two-thirds of new registrations in the province, the licensing office said.';
  const nearly = quantifiers({ [WIRE]: thirds, b: thirds, c: 'Electric cars made up nearly all new registrations in the province, the licensing office said.' });
  assert.ok(nearly.some((f) => f.startsWith('c quantifier nearly all')), nearly.join('\n'));
  const third = 'About a third of the region\'s bakeries have raised bread prices since May, the guild said.';
  const small = quantifiers({ [WIRE]: third, b: third, c: 'Nearly all small bakeries in the region have raised bread prices since May, the guild said.' });
  assert.ok(small.some((f) => f.startsWith('c quantifier Nearly all')), small.join('\n'));
  const senior = 'About a third of the staff were told on Monday, and the most senior managers learned of it last week.';
  assert.deepEqual(quantifiers({ [WIRE]: senior, b: senior, c: 'About a third of the staff were told on Monday, and the most senior managers learned of it last week.' }), []);
});

test('an ordinal counting how many so far against a word of many of the same things is more of them; the third against "several" is not', () => {
  const second = 'It was the second outage of the payment network this month, the card company said.';
  const several = quantifiers({ [WIRE]: second, b: second, c: 'It was the latest of several outages of the payment network this month, the card company said.' });
  assert.ok(several.some((f) => f.startsWith('c quantifier several')), several.join('\n'));
  const third = 'It was the third outage of the payment network this month, the card company said.';
  assert.deepEqual(quantifiers({ [WIRE]: third, b: third, c: 'It was the latest of several outages of the payment network this month, the card company said.' }), []);
  assert.deepEqual(quantifiers({ [WIRE]: second, b: second, c: 'The outage, the second of several this month, hit the payment network, the card company said.' }), []);
});
