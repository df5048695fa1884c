import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('a time of day the others give differently is a date divergence at the time', () => {
  const found = flags({
    a: 'The bridge collapsed shortly after 6:15 a.m., firefighters said.',
    b: 'The bridge collapsed shortly after 6.15am, firefighters said.',
    c: 'The bridge collapsed shortly after 06:15, firefighters said.',
    d: 'The bridge collapsed shortly after 9:15 a.m., firefighters said.',
  });
  assert.ok(found.includes('d date 9:15 a.m.'), found.join('\n'));
  assert.deepEqual(found.filter((f) => !f.startsWith('d ')), []);
});

test('the same time written four ways is never flagged, as a time or as a number', () => {
  const found = flags({
    a: 'The storm reached the coast at 7:40 p.m. on Tuesday, forecasters said.',
    b: 'The storm reached the coast at 7.40pm on Tuesday, forecasters said.',
    c: 'The storm reached the coast at 19:40 on Tuesday, forecasters said.',
    d: 'The storm reached the coast at 7:40 on Tuesday, forecasters said.',
  });
  assert.deepEqual(found, []);
});
