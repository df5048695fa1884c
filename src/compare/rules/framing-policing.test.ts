import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('a killing told with a verdict in the verb ("gunned down") where the others say "shot" is framing', () => {
  const found = flags({
    a: 'A guard who shot a shoplifter outside the mall on Friday was arrested by police on Monday.',
    b: 'A guard who shot a shoplifter outside the mall on Friday was arrested by police on Monday.',
    c: 'A guard who gunned down a shoplifter outside the mall on Friday was arrested by police on Monday.',
  });
  assert.ok(found.includes('c framing gunned'), found.join('\n'));
});

test('the same neutral verb in every version is no framing', () => {
  const found = flags({
    a: 'A guard who shot a shoplifter outside the mall on Friday was arrested by police on Monday.',
    b: 'A guard who shot a shoplifter outside the mall on Friday was arrested by police on Monday.',
    c: 'A guard who fired at a shoplifter outside the mall on Friday was arrested by police on Monday.',
  });
  assert.deepEqual(found.filter((f) => f.includes('framing')), []);
});
