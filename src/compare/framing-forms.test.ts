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

// The claim is each text's first sentence: one idiom, one claim.
const told = (plain: string, loaded: string): string[] => flags({ a: plain, b: plain, c: loaded });

test('idioms frame in any form and with words between: "held the city to ransom", "had the nerve", "fled for their lives"', () => {
  const ransom = told('The strike closed the city for 11 days in March.', 'The strike held the city to ransom for 11 days in March.');
  assert.ok(ransom.includes('c framing held the city to ransom'), ransom.join('\n'));
  const nerve = told('The insurer said claims would be paid in full by the end of March.', 'The insurer had the nerve to say claims would be paid in full by the end of March.');
  assert.ok(nerve.includes('c framing had the nerve'), nerve.join('\n'));
  const fled = told('Residents left their homes as the fire spread across the valley on Sunday.', 'Residents fled for their lives as the fire spread across the valley on Sunday.');
  assert.ok(fled.includes('c framing for their lives'), fled.join('\n'));
});

test('an idiom a version uses itself is its wording too; a literal phrase with other words between is no idiom', () => {
  const found = flags({
    a: 'The strike held the city to ransom for 11 days, and the meteor went through the tiled roof of a house.',
    b: 'The strike held the city to ransom for 11 days, and the meteor went through the tiled roof of a house.',
    c: 'The strike held the country to ransom for 11 days, and the meteor went through the tiled roof of a house.',
  });
  assert.deepEqual(found.filter((f) => f.includes('framing')), []);
});

test('a figure told as a crash frames; a crash of a thing, or on a date, is an event', () => {
  const found = flags({
    a: 'Shares in Velsor fell 4.2 percent after the plane came down near the airport, and talks broke down on 3 May.',
    b: 'Shares in Velsor fell 4.2 percent after the plane came down near the airport, and talks broke down on 3 May.',
    c: 'Shares in Velsor crashed 4.2 percent after the plane crashed near the airport, and talks collapsed on 3 May.',
  });
  assert.ok(found.includes('c framing crashed'), found.join('\n'));
  assert.equal(found.filter((f) => f.includes('framing')).length, 1, found.join('\n'));
});

test('a party named as a giant is framed; a giant thing is a size; a capitalised loaded word names no one', () => {
  const giant = told('The drugmaker Pellisar agreed to pay 2 billion dollars.', 'The pharma giant Pellisar agreed to pay 2 billion dollars.');
  assert.ok(giant.includes('c framing giant'), giant.join('\n'));
  const size = told('The agency will fund a large telescope in the desert.', 'The agency will fund a giant telescope in the desert.');
  assert.deepEqual(size.filter((f) => f.includes('framing')), [], size.join('\n'));
  const nanny = told('Finance Minister Livia Sandor said the tax would raise 410 million crowns.', 'Nanny-state Finance Minister Livia Sandor said the tax would raise 410 million crowns.');
  assert.ok(nanny.includes('c framing Nanny-state'), nanny.join('\n'));
  assert.deepEqual(nanny.filter((f) => f.includes('entity')), [], nanny.join('\n'));
});
