import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const BASE = 'Divers and two boats joined the search, which was halted at dusk and will resume at dawn on Tuesday.';

test('"could" where the others say "will" in its place adds a hedge', () => {
  const found = flags({ a: BASE, b: BASE, c: BASE.replace('two boats', 'a pair of boats'),
    d: 'Divers and two boats joined the search, which was halted at dusk and could resume on Tuesday.' });
  assert.ok(found.includes('d hedge could'), found.join('\n'));
});

test('"could" of past ability, or where the others hedge too, is no added hedge', () => {
  assert.deepEqual(flags({
    a: 'Residents could see the smoke from the harbour on Monday, the fire service said.',
    b: 'Residents could see the smoke from the harbour on Monday, the fire service said.',
    c: 'Residents saw the smoke from the harbour on Monday, the fire service said.',
  }).filter((f) => f.includes('hedge')), []);
  assert.deepEqual(flags({
    a: 'The bridge may reopen on Friday, engineers said.',
    b: 'The bridge could reopen on Friday, engineers said.',
    c: 'The bridge might reopen on Friday, engineers said.',
  }).filter((f) => f.includes('hedge')), []);
});

test('"unlikely" is as sure as "likely": the two differ in meaning, not in hedging', () => {
  const unlikely = 'A deal is unlikely this week, officials said.';
  const found = flags({ a: unlikely, b: unlikely, c: 'A deal is likely this week, officials said.' });
  assert.deepEqual(found, ['c meaning likely']);
});
