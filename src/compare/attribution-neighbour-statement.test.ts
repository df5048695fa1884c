import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('a credit in the next sentence with a statement of its own (a copula too) does not credit this one', () => {
  const found = flags({
    a: 'Velmar Airlines said the strike was costing it 20 million euros a day. Its chief executive later met the union.',
    b: 'Velmar Airlines said the strike was costing it 20 million euros a day.',
    c: 'The strike is costing Velmar 20 million euros a day. Dora Lind, the airline\'s chief executive, said the union\'s demands were "out of touch".',
  });
  assert.ok(found.some((f) => f.startsWith('c attribution')), found.join('\n'));
});

test('a neighbour that only credits ("the airline confirmed this") still credits the statement', () => {
  const found = flags({
    a: 'Velmar Airlines said the strike was costing it 20 million euros a day.',
    b: 'Velmar Airlines said the strike was costing it 20 million euros a day.',
    c: 'The strike is costing Velmar 20 million euros a day. The airline confirmed this.',
  });
  assert.deepEqual(found.filter((f) => f.startsWith('c attribution')), []);
});
