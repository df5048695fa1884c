import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('two lower bounds on different figures are two different counts ("at least 30" / "at least 26")', () => {
  const found = flags({
    a: 'At least 26 people were killed when the dam burst, officials said.',
    b: 'At least 26 people were killed when the dam burst, officials said.',
    c: 'At least 26 people died when the dam burst, officials said.',
    d: 'At least 30 people were killed when the dam burst, officials said.',
  });
  assert.ok(found.includes('d number 30'), found.join('\n'));
});

test('a bound the exact figure satisfies is no change ("more than 150" / "158")', () => {
  const found = flags({
    a: 'Firefighters rescued 158 residents from the tower, the mayor said.',
    b: 'Firefighters rescued 158 residents from the tower, the mayor said.',
    c: 'Firefighters rescued more than 150 residents from the tower, the mayor said.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
});

test('a figure of theirs that another figure of ours matches is not the counterpart of our other figure', () => {
  const found = flags({
    a: 'A bus carrying more than 40 people plunged into a ravine on Friday, leaving 9 dead, police said.',
    b: 'Nine people were killed when a bus plunged into a ravine on Friday, police said.',
    c: 'Nine people died when a bus plunged into a ravine on Friday, police said.',
  });
  assert.deepEqual(found.filter((f) => f.startsWith('a number')), []);
});

test('the same toll told as exact where the others give it as a lower bound is a quantifier change', () => {
  const found = flags({
    a: 'At least 26 people were killed when the dam burst, officials said.',
    b: 'At least 26 people died when the dam burst, officials said.',
    c: 'At least twenty-six people were killed when the dam burst, officials said.',
    d: 'Twenty-six people were killed when the dam burst, officials said.',
  });
  assert.ok(found.includes('d quantifier Twenty-six'), found.join('\n'));
  assert.deepEqual(found.filter((f) => !f.startsWith('d ')), []);
});

test('one bound against one exact figure, with a third outlet giving it exact, is no majority', () => {
  const found = flags({
    a: 'At least 26 people were killed when the dam burst, officials said.',
    b: 'Twenty-six people were killed when the dam burst, officials said.',
    c: 'Officials said 26 residents were killed when the dam burst.',
  });
  assert.deepEqual(found.filter((f) => f.includes('quantifier')), []);
});

test('one witness whose figure only counts the same kind of thing elsewhere in its wording is no number change', () => {
  const A = 'At least 6 people were killed and 11 were hurt after a coach overturned in heavy rain near Tarnow on Friday, the police said.';
  const found = flags({
    a: A,
    b: A.replace('were killed', 'died'),
    c: 'At least 8 people have died and 9 are hurt after a coach overturned in heavy rain near Tarnow on Friday, the police said.',
    d: 'A coach carrying more than 50 people overturned in heavy rain near Tarnow on Friday, leaving at least 6 dead and 11 hurt, the police said.',
  });
  assert.deepEqual(found.filter((f) => f.startsWith('d number')), []);
  assert.ok(found.includes('c number 8'), found.join('\n'));
});

test('an article before a figure approximates nothing ("an unarmed 23-year-old" / "a 24-year-old")', () => {
  const found = flags({
    a: 'Police arrested an unemployed 31-year-old man after the robbery, officials said.',
    b: 'Police arrested an unemployed 31-year-old man after the robbery, officials said.',
    c: 'Police arrested a 33-year-old man after the robbery, officials said.',
  });
  assert.ok(found.includes('c number 33'), found.join('\n'));
});

test('"an estimated" figure is still an approximation', () => {
  const found = flags({
    a: 'An estimated 500 people joined the march, organisers said.',
    b: 'An estimated 500 people joined the march, organisers said.',
    c: 'Some 520 people joined the march, organisers said.',
  });
  assert.deepEqual(found.filter((f) => f.includes('number')), []);
});

test('an approximation turned into a floor or a ceiling on the same figure is a quantifier change; a bound on another figure it satisfies is not', () => {
  const found = flags({
    a: 'Organisers said about 12,000 people joined the march through the old town on Sunday.',
    b: 'Organisers said roughly 12,000 people joined the march through the old town on Sunday.',
    c: 'Organisers said at least 12,000 people joined the march through the old town on Sunday.',
    d: 'Organisers said more than 10,000 people joined the march through the old town on Sunday.',
    e: 'Organisers said up to 12,000 people joined the march through the old town on Sunday.',
  });
  assert.ok(found.includes('c quantifier at least 12,000'), found.join('\n'));
  assert.ok(found.includes('e quantifier up to 12,000'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.startsWith('b ') || f.startsWith('d ')), []);
});

test('a strict bound on the figure the others give exactly says more or less than it; "at least" on it only adds caution', () => {
  const found = flags({
    a: 'Organisers said 35,000 people took part in the march on Sunday.',
    b: 'Organisers said 35,000 people took part in the march on Sunday.',
    c: 'Organisers said more than 35,000 people took part in the march on Sunday.',
    d: 'Organisers said at least 35,000 people took part in the march on Sunday.',
  });
  assert.ok(found.includes('c quantifier more than 35,000'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.startsWith('d ')), []);
});

test('a bound before a fraction ("nearly a third" / "more than a third") and after a figure ("75 and over") is read', () => {
  const share = flags({
    a: 'Nearly a third of the 1,140 officials were questioned, prosecutors said.',
    b: 'Almost a third of the 1,140 officials were questioned, prosecutors said.',
    c: 'More than a third of the 1,140 officials were questioned, prosecutors said.',
  });
  assert.ok(share.includes('c quantifier More than a third'), share.join('\n'));
  assert.deepEqual(share.filter((f) => f.startsWith('b ')), []);
  const age = flags({
    a: 'The vaccine will be free for everyone aged 75 and over, the minister said.',
    b: 'The vaccine will be free for everyone aged 75 and older, the minister said.',
    c: 'The vaccine will be free for everyone over 70, the minister said.',
  });
  assert.ok(age.some((f) => f.startsWith('c number')), age.join('\n'));
  assert.deepEqual(age.filter((f) => f.startsWith('b ')), []);
});

test('"all four" where the others count "the four" is the same whole; "all six" where they count "four of the six" is not', () => {
  const found = flags({
    a: 'The rocket exploded, destroying the four satellites it was carrying, the company said.',
    b: 'The rocket exploded, destroying the four satellites it was carrying, the company said.',
    c: 'The rocket exploded, destroying all four satellites it was carrying, the company said.',
  });
  assert.deepEqual(found, []);
  const gates = flags({
    a: 'Engineers opened four of the six spillway gates on Saturday, the authority said.',
    b: 'Engineers opened four of the six spillway gates on Saturday, the authority said.',
    c: 'Engineers opened all six spillway gates on Saturday, the authority said.',
  });
  assert.ok(gates.some((f) => f.startsWith('c quantifier all')), gates.join('\n'));
});
