import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// A figure one wording gives for the amount another restates in brackets ("about $12.4 million" / "about 11.5 million
// euros ($12.4 million)") is that amount told in the conversion's currency: not a changed figure.

const numbers = (wire: string, outlet: string): string[] =>
  flags({ Reuters: wire, b: outlet, c: wire }).filter((f) => / (number|quantifier) /.test(f));

test("a figure told by the wire's own bracketed conversion is no change", () => {
  const wire = 'Repairs to the harbour wall cost about 11.5 million euros ($12.4 million) last year, the port said.';
  assert.deepEqual(numbers(wire, 'Repairs to the harbour wall cost about $12.4 million last year, the port said.'), []);
  // another sum in the conversion's currency is a changed figure
  assert.deepEqual(numbers(wire, 'Repairs to the harbour wall cost about $14.2 million last year, the port said.'), ['b number 14.2 million']);
});

test('a conversion the outlet adds restates the figure the wire gives in its currency', () => {
  assert.deepEqual(numbers(
    'Repairs to the harbour wall cost about $12.4 million last year, the port said.',
    'Repairs to the harbour wall cost about 11.5 million euros ($12.4 million) last year, the port said.',
  ), []);
});
