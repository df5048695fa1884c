import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const wordings = [
  'Crews replaced 32 cables on the bridge before it reopened on Monday, the city said.',
  'The city said crews replaced 32 cables on the bridge before it reopened on Monday.',
  'Before the bridge reopened on Monday, crews replaced 32 of its cables, according to the city.',
];

// Many wordings of one claim: each is read against a spread sample of the others. With 23 wordings the sample's
// even spacing (every second one) lands on the reference already kept; the sample must still fill and end.
for (const count of [13, 23, 25, 40]) {
  test(`a claim carried by ${count} wordings is judged, and the one figure changed among them flagged`, () => {
    const texts: Record<string, string> = {};
    for (let i = 0; i < count - 1; i++) texts[`o${String(i).padStart(2, '0')}`] = wordings[i % wordings.length]!;
    texts.odd = 'Crews replaced 23 cables on the bridge before it reopened on Monday, the city said.';
    const found = flags(texts);
    assert.ok(found.includes('odd number 23'), found.join('\n'));
    assert.deepEqual(found.filter((f) => !f.startsWith('odd ')), []);
  });
}
