import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('"as many as 30" is a ceiling: the figure stated as exact against it is a dropped bound, shown with its words', () => {
  const capped = 'As many as 30 workers were exposed to the gas, the company said.';
  const found = flags({ a: capped, b: capped, c: '30 workers were exposed to the gas, the company said.' });
  assert.ok(found.includes('c quantifier 30'), found.join('\n'));
  const reverse = flags({ a: '30 workers were exposed to the gas.', b: capped, c: capped });
  assert.ok(!reverse.some((f) => f.startsWith('b quantifier') || f.startsWith('c quantifier')), reverse.join('\n'));
});

test('"as many as" is not read as a bound where it does not stand before the figure', () => {
  const plain = 'The plant employs 30 workers, as many as last year, the company said.';
  const found = flags({ a: plain, b: plain, c: 'The plant employs 30 workers, the company said.' });
  assert.ok(!found.some((f) => f.includes(' quantifier ')), found.join('\n'));
});

test('a ceiling where the others give a floor on the same figure is a quantifier change, one way only', () => {
  const floor = 'At least 30 workers were exposed to the gas, the company said.';
  const found = flags({ a: floor, b: floor, c: 'As many as 30 workers were exposed to the gas, the company said.' });
  assert.ok(found.includes('c quantifier As many as 30'), found.join('\n'));
  assert.ok(!found.some((f) => f.startsWith('a quantifier') || f.startsWith('b quantifier')), found.join('\n'));
});
