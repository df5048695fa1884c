// A source kept unnamed on purpose ("who spoke on condition of anonymity", "a person familiar with ...") told as a
// named person or as the body itself speaking on the record is another source; the same unnamed source reworded is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';
const attributions = (texts: Record<string, string>): string[] => flags(texts).filter((f) => f.includes(' attribution '));

test('an unnamed source given a name, or made the body on the record, is another source', () => {
  const unnamed = 'A senior official at the water utility, who spoke on condition of anonymity, said the utility had asked for 40 million euros and was given 22 million.';
  const named = attributions({ [WIRE]: unnamed, b: unnamed, c: 'Utility chief executive Marta Vilk said the utility had asked for 40 million euros and was given 22 million.' });
  assert.ok(named.some((f) => f.startsWith('c attribution Utility chief executive Marta Vilk')), named.join('\n'));
  const familiar = 'A person familiar with the board\'s deliberations said the board had weighed closing the plant outright.';
  const body = attributions({ [WIRE]: familiar, b: familiar, c: 'The board said it had weighed closing the plant outright.' });
  assert.ok(body.some((f) => f.startsWith('c attribution The board')), body.join('\n'));
});

test('the same unnamed source told in other words keeps its credit', () => {
  const unnamed = 'A senior official at the water utility, who spoke on condition of anonymity, said the utility had asked for 40 million euros and was given 22 million.';
  const same = attributions({ [WIRE]: unnamed, b: unnamed, c: 'A senior utility official speaking on condition of anonymity said the utility had asked for 40 million euros and received 22 million.' });
  assert.deepEqual(same, []);
});

test('"locals say" credits the same unnamed group as "according to local residents"', () => {
  const residents = 'Meteorite dealers have already begun arriving in the area, according to local residents.';
  const locals = attributions({ [WIRE]: residents, b: residents, c: 'Meteorite dealers are already arriving in the area, locals say.' });
  assert.deepEqual(locals, []);
});
