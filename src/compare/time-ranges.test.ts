import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// Times read across the whole wording: the collation may line up the "7" of two times ("7:00 am and 7:00 pm" /
// "7am and 7pm"), and a time the other wording gives anywhere is told alike.

test('a span of times written another way is no time change', () => {
  const found = flags({
    Reuters: 'Protests are banned between 7:00 am and 7:00 pm on weekdays, the city said.',
    b: 'Protests are banned between 7am and 7pm on weekdays, the city said.',
    c: 'Protests are banned from 7:00 to 19:00 on weekdays, the city said.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), [], found.join('\n'));
});

test('one end of a span moved is a time change on the time moved', () => {
  const found = flags({
    Reuters: 'Protests are banned between 7:00 am and 7:00 pm on weekdays, the city said.',
    b: 'Protests are banned between 8am and 7pm on weekdays, the city said.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), ['b date 8am']);
});

