// A floor or a ceiling holds a figure within it however few its digits ("fewer than 1 per cent" / "0.9%"), and "in
// all" closing a clause is a total, not a quantity of a group; "at all city clinics" still is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const WIRE = 'Reuters';

test('a ceiling holding the exact figure is no changed number; one leaving it out is', () => {
  const exact = 'Serious adverse events were reported in 0.9% of participants, the company said.';
  const fewer = flags({ [WIRE]: exact, b: 'Serious adverse events were reported in fewer than 1 per cent of participants, the company said.', c: exact });
  assert.deepEqual(fewer.filter((f) => f.includes(' number ')), [], fewer.join('\n'));
  const beyond = 'Serious adverse events were reported in 1.4% of participants, the company said.';
  const out = flags({ [WIRE]: beyond, b: 'Serious adverse events were reported in fewer than 1 per cent of participants, the company said.', c: beyond });
  assert.ok(out.some((f) => f.startsWith('b number')), out.join('\n'));
});

test('"in all" closing a clause is a total; "at all city clinics" widens a part to the whole', () => {
  const total = 'Around 1,300 pending cases are affected in total, the ministry said.';
  const inAll = flags({ [WIRE]: total, b: 'About 1,300 pending cases are affected in all, the ministry said.', c: total });
  assert.deepEqual(inAll.filter((f) => f.includes(' quantifier ')), [], inAll.join('\n'));
  const some = 'The city will offer free blood tests for children at some city clinics.';
  const all = flags({ [WIRE]: some, b: 'The city will offer free blood tests for children at all city clinics.', c: some });
  assert.ok(all.some((f) => f.startsWith('b quantifier')), all.join('\n'));
});
