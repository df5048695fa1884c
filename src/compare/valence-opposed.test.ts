import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

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
