import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

// A rank word before a noun of the post's field is the title's rank ("Deputy admissions director"), and a vague word
// for a person of an office ("official") tells no rank to set against another.

test('a rank word before the field of the post ranks the whole title', () => {
  const found = flags({
    Reuters: 'Deputy director of admissions Helene Dubrecq, 41, was charged with taking bribes.',
    b: 'Deputy admissions director Helene Dubrecq, 41, was charged with taking bribes.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' entity ')), [], found.join('\n'));
});

test('a vague word for the same person is no rank dropped', () => {
  const found = flags({
    Reuters: 'Security officers arrested Tomas Belvik, a deputy department head at the energy ministry, on Sept. 22.',
    b: 'Security officers arrested energy ministry official Tomas Belvik on Sept. 22.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' entity ')), [], found.join('\n'));
});
