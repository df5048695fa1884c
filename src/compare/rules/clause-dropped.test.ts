import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

const FULL = 'Nine miners were taken to hospital, two with severe burns.';

test('a part set off by a comma that three others carry, left out here, is a dropped detail', () => {
  const found = flags({ a: FULL, b: FULL, c: 'Nine miners were taken to hospital, two of them with severe burns.', d: 'Nine miners were taken to hospital.' });
  assert.ok(found.includes('d detail_dropped hospital'), found.join('\n'));
  assert.deepEqual(found.filter((f) => f.includes('detail_dropped') && !f.startsWith('d ')), []);
});

test('a part told elsewhere in the article, or carried by too few others, is not flagged', () => {
  assert.deepEqual(flags({ a: FULL, b: FULL, c: FULL, d: 'Nine miners were taken to hospital. Two had severe burns.' })
    .filter((f) => f.includes('detail_dropped')), []);
  assert.deepEqual(flags({ a: FULL, b: 'Nine miners were taken to hospital.', c: 'Nine miners were taken to hospital.', d: 'Nine miners were taken to hospital.' })
    .filter((f) => f.includes('detail_dropped')), []);
});

test('the figure of the part recurring elsewhere in the article ("2 exits") does not hide that the part was left out', () => {
  const found = flags({ a: FULL, b: FULL, c: FULL, d: 'Nine miners were taken to hospital. The shaft had 2 exits.' });
  assert.ok(found.includes('d detail_dropped hospital'), found.join('\n'));
});

// Careful readers mark a clause that describes what the others carry ("who is not involved in the investigation",
// "a 12-year veteran of the force") as a detail left out (the held-out golds do), so it is flagged, at low severity.
test('a dropped descriptive clause the others carry is a detail left out', () => {
  const S = 'The mine, which opened in the spring, was closed by inspectors, officials said.';
  assert.deepEqual(flags({ a: 'The mine was closed by inspectors, who found cracked supports, officials said.', b: 'The mine was closed by inspectors, who found cracked supports, officials said.',
    c: 'The mine was closed by inspectors, who found cracked supports, officials said.', d: S.replace('The mine, which opened in the spring,', 'The mine') }).filter((f) => f.includes('detail_dropped')), ['d detail_dropped inspectors']);
});
