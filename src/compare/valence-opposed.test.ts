import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags, flagsOfSentence } from './_compare-texts.ts';

test('words leaning opposite ways where the others stand are a meaning change ("praised" / "raised doubts about")', () => {
  const found = flags({
    a: 'The inspectors praised the plan to reuse the old stadium, the committee said.',
    b: 'The inspectors praised the plan to reuse the old stadium, the committee said.',
    c: 'The inspectors raised doubts about the plan to reuse the old stadium, the committee said.',
  });
  assert.ok(found.some((f) => f.startsWith('c meaning')), found.join('\n'));
});

test('the protests "turned violent" where the others call them "largely peaceful" is a meaning change', () => {
  const found = flags({
    a: 'The marches in the capital were largely peaceful, police said.',
    b: 'The marches in the capital were largely peaceful, police said.',
    c: 'The marches in the capital turned violent, police said.',
  });
  assert.ok(found.some((f) => f.startsWith('c meaning')), found.join('\n'));
});

test('a verb of saying that leans ("warned") against a neutral or positive word is how a party spoke, not another event', () => {
  const found = flags({
    a: 'The minister said her government was prepared to respond in kind.',
    b: 'The minister said her government was prepared to respond in kind.',
    c: 'The minister warned her government would respond in kind.',
  });
  assert.deepEqual(found.filter((f) => f.includes('meaning')), []);
});

// WordNet's direct antonyms of verbs and adjectives (src/lexicon/antonyms.generated.ts), read as lemmas.
test('WordNet antonyms standing for each other are a meaning change ("passed" / "failed", "included" / "excluded")', () => {
  for (const [x, y] of [['passed', 'failed'], ['included', 'excluded']]) {
    const wire = `The bakery ${x} a hygiene inspection in March, the council said.`;
    const found = flags({ a: wire, b: wire, c: `The bakery ${y} a hygiene inspection in March, the council said.` });
    assert.ok(found.some((f) => f.startsWith(`c meaning ${y}`)), `${x} / ${y}: ${found.join('\n')}`);
  }
});

test('a rise and a fall of one thing named in both are two events, the name standing for the thing', () => {
  const found = flags({ a: 'Tarrow Mining shares fell 3.1% in Kelby.', b: 'Tarrow Mining shares fell 3.1% in Kelby.', c: 'Shares in Tarrow Mining jumped 3.1% on the news.' });
  assert.ok(found.some((f) => f.startsWith('c meaning jumped')), found.join('\n'));
});

test('an antonym standing for the word the others use is a meaning change even where its article uses it of another thing', () => {
  const rest = ' Demand rose in nine of the 12 districts and fell in two.';
  const wire = `Gifts from grocers fell by 9 percent as shops cut waste and sold more leftover stock through bargain apps, and one in four pantries ran short of a staple.${rest}`;
  const found = flags({ a: wire, b: wire, c: `Gifts from grocers rose by 9% as shops cut waste and sold more leftover stock through bargain apps, the charity said, and one in four pantries ran short of a staple.${rest}` });
  assert.ok(found.some((f) => f.startsWith('c meaning rose')), found.join('\n'));
});

test('antonyms that place a thing in a sequence ("first" / "last") are no meaning change where the article uses the other word', () => {
  const found = flagsOfSentence({
    a: 'Strikes were called in 2009 and last year. It was the first national strike since 2009, the union said.',
    b: 'Strikes were called in 2009 and last year. It was the first national strike since 2009, the union said.',
    c: 'Strikes were called in 2009 and first in May. It was the last national strike, in 2009, the union said.',
  }, 1);
  assert.deepEqual(found.filter((f) => f.includes('meaning')), []);
});

test('a particle after its verb tells no event of its own: "hit back" is no stance for anything against "rejected"', () => {
  const rejected = 'The harbour minister rejected the request on Monday, his office said.';
  const found = flags({ a: rejected, b: rejected, c: 'The harbour minister hit back on Monday, his office said.' });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});
