import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('a figure in an added detail that recurs elsewhere ("three") does not make the detail carried', () => {
  const found = flags({
    a: 'Rice exports fell by 9 percent in the delta region, the ministry said. Three traders said each year was harder.',
    b: 'Rice exports fell by 9 percent in the delta region, the ministry said.',
    c: 'Rice exports fell by 9 percent in the delta region, the worst harvest in three years, the ministry said.',
  });
  assert.ok(found.includes('c detail_added the worst harvest in three years'), found.join('\n'));
});

test('a detail whose words the others carry in another sentence is still not added', () => {
  const found = flags({
    a: 'Rice exports fell by 9 percent in the delta region, the ministry said. It was the sharpest drop in three years.',
    b: 'Rice exports fell by 9 percent in the delta region, the ministry said. The drop was the sharpest in years.',
    c: 'Rice exports fell by 9 percent in the delta region, the sharpest drop in three years, the ministry said.',
  });
  assert.deepEqual(found.filter((f) => f.includes('detail_added')), []);
});
