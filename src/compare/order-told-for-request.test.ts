import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// An act ordered of someone ("ordered the depots to close") is required, as firm as one agreed; an act asked of them
// ("urged the depots to close") is only asked for. One told for the other changes what happened.

const meaning = (wire: string, outlet: string): string[] =>
  flags({ Reuters: wire, b: outlet, c: wire }).filter((f) => f.includes(' meaning '));

test('a request told as an order, and an order told as a request', () => {
  assert.deepEqual(meaning('The mayor urged bakeries to close their ovens during the heat alert.', 'The mayor ordered bakeries to close their ovens during the heat alert.'), ['b meaning ordered bakeries to close']);
  assert.deepEqual(meaning('The inspectorate required the landlord to repair the lifts within a month.', 'The inspectorate asked the landlord to repair the lifts within a month.'), ['b meaning asked the landlord to repair']);
});

test('an order and the act told to come, or the same order in other words, are one commitment', () => {
  assert.deepEqual(meaning('The inspectorate ordered the landlord to repair the lifts within a month.', 'The landlord will repair the lifts within a month.'), []);
  assert.deepEqual(meaning('The inspectorate ordered the landlord to repair the lifts within a month.', 'The inspectorate instructed the landlord to repair the lifts within a month.'), []);
});
