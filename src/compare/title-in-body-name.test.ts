import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// Three outlets, the first two alike: the third's findings on the first sentence.
function found(base: string, other: string): string[] {
  return flags({ a: `${base} The roads reopened later.`, b: `${base} The roads reopened later.`, c: `${other} The roads reopened later.` }).filter((f) => f.startsWith('c '));
}

test('a title word inside a body\'s name ("Velby General Hospital") is part of the name: another hospital named is an entity swapped', () => {
  const f = found('The injured were taken to Velby General Hospital, police said.', 'The injured were taken to Marsh Regional Hospital, police said.');
  assert.ok(f.some((x) => x.startsWith('c entity')), f.join('\n'));
  // the same hospital is no change
  assert.deepEqual(found('The injured were taken to Velby General Hospital, police said.', 'The injured were taken to Velby General Hospital, police said.'), []);
});

test('a title before a person\'s name stays a title', () => {
  const f = found('General Ines Varro said the troops would leave by Friday.', 'Colonel Ines Varro said the troops would leave by Friday.');
  assert.ok(f.some((x) => x.startsWith('c entity')), f.join('\n'));
});
