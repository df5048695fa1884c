import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('any form of a loaded word frames: "admits" where the lexicon lists "admitted", "torpedoes" for "torpedo"', () => {
  const found = flags({
    a: 'The company said it may not make a profit before 2030, and the regulator blocked the merger.',
    b: 'The company said it may not make a profit before 2030, and the regulator blocked the merger.',
    c: 'The company admits it may not make a profit before 2030, and the regulator torpedoes the merger.',
  });
  assert.ok(found.includes('c framing admits'), found.join('\n'));
  assert.ok(found.includes('c framing torpedoes'), found.join('\n'));
});

test('disaster told as a monster, force told of a vote: loaded where the others are plain', () => {
  const found = flags({
    a: 'A wildfire burned through the hills above the town, and parliament approved the pension reform.',
    b: 'A wildfire burned through the hills above the town, and parliament approved the pension reform.',
    c: 'A killer inferno burned through the hills above the town, and parliament rammed through the pension reform.',
  });
  for (const word of ['killer', 'inferno', 'rammed']) assert.ok(found.includes(`c framing ${word}`), found.join('\n'));
});

test('a word every version uses is the story\'s, not one outlet\'s framing', () => {
  const found = flags({
    a: 'Firefighters battled the inferno for six hours.',
    b: 'Firefighters battled the inferno for six hours.',
    c: 'Firefighters fought the inferno for six hours.',
  });
  assert.deepEqual(found.filter((f) => f.includes('framing')), []);
});

test('officials named by a sneer, saying told as whining, a sum belittled: loaded where the others are plain', () => {
  const found = flags({
    a: 'The port authority chairman said the regulator imposed a 2 million euro fine on the operator.',
    b: 'The port authority chairman said the regulator imposed a 2 million euro fine on the operator.',
    c: 'The bungling port authority chairman whined that the regulator imposed a measly 2 million euro fine on the operator.',
  });
  for (const word of ['bungling', 'whined', 'measly']) assert.ok(found.includes(`c framing ${word}`), found.join('\n'));
});
