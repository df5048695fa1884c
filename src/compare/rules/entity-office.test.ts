import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from '../_compare-texts.ts';

test('another portfolio before the same office and name is an entity change ("Health Minister" / "Finance Minister")', () => {
  const found = flags({
    a: 'Health Minister Ana Ruiz said the clinics would reopen next month.',
    b: 'Health Minister Ana Ruiz said the clinics would reopen next month, officials said.',
    c: 'Health Minister Ana Ruiz said the clinics would reopen next month.',
    d: 'Finance Minister Ana Ruiz said the clinics would reopen next month.',
  });
  assert.ok(found.includes('d entity Finance'), found.join('\n'));
  assert.deepEqual(found.filter((f) => !f.startsWith('d ')), []);
});

test('the same office written with its title abbreviated or in another case is no change', () => {
  const found = flags({
    a: 'Health Minister Ana Ruiz said the clinics would reopen next month.',
    b: 'Health minister Ana Ruiz said the clinics would reopen next month.',
    c: 'The health minister, Ana Ruiz, said the clinics would reopen next month.',
  });
  assert.deepEqual(found.filter((f) => f.includes('entity')), []);
});
