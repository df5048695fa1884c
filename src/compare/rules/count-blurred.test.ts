import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const EXACT = 'Seven workers were taken to hospital after the leak, the fire service said.';

test('a vague count where the others give the figure is a quantifier change', () => {
  const found = flags({ a: EXACT, b: EXACT, c: EXACT.replace('Seven', 'Several') });
  assert.ok(found.includes('c quantifier Several'), found.join('\n'));
});

test('the figure where the others are vague is not flagged, nor a large vague count', () => {
  const vague = EXACT.replace('Seven', 'Several');
  assert.deepEqual(flags({ a: vague, b: vague, c: EXACT }).filter((f) => f.includes(' quantifier ')), []);
  const big = 'Forty-eight workers were taken to hospital after the leak, the fire service said.';
  assert.deepEqual(flags({ a: big, b: big, c: big.replace('Forty-eight', 'Dozens of') }).filter((f) => f.includes(' quantifier ')), []);
});
