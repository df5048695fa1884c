import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

test('dates pair in order when both readings give as many, as finely: "between October and January" for "between November and February" moves both months', () => {
  const found = flags({
    a: 'The institute said its divers had inspected 214 sites along the reef between November and February.',
    b: 'The institute said its divers had inspected 214 sites along the reef between November and February.',
    c: 'Divers inspected 214 sites along the reef between October and January, Agence France-Presse reported.',
  });
  assert.ok(found.includes('c date October'), found.join('\n'));
  assert.ok(found.includes('c date January'), found.join('\n'));
});

test('the same months in the same order are no date change, however the rest is reworded', () => {
  const found = flags({
    a: 'The institute said its divers had inspected 214 sites along the reef between November and February.',
    b: 'The institute said its divers had inspected 214 sites along the reef between November and February.',
    c: 'Divers inspected 214 sites along the reef between November and February, Agence France-Presse reported.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), []);
});

test('a range read as one date ("from November to February") is the same two months as "between November and February"', () => {
  const found = flags({
    a: 'Divers inspected 214 sites along the reef between November and February, the institute said.',
    b: 'Divers inspected 214 sites along the reef from November to February, the institute said.',
    c: 'Divers inspected 214 sites along the reef between November and February, the institute reported on its website.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), []);
});

test('a range of days read as one date ("April 26-29", "26 to 29 April") is its two days, as "between April 26 and April 29" is', () => {
  const same = flags({
    a: 'The institute interviewed 1,900 adults by telephone between April 26 and April 29, it said.',
    b: 'The 1,900-person survey by the institute was carried out by telephone April 26-29, it said.',
    c: 'The institute interviewed 1,900 adults by telephone from 26 to 29 April, it said.',
    d: 'The institute interviewed 1,900 adults by telephone from April 26 to 29, it said.',
    e: 'The institute interviewed 1,900 adults by telephone from April 26 to April 29, it said.',
  });
  assert.deepEqual(same.filter((f) => f.includes(' date ')), []);
  const moved = flags({
    a: 'The institute interviewed 1,900 adults by telephone between April 26 and April 29, it said.',
    b: 'The institute interviewed 1,900 adults by telephone between April 26 and April 29, the report said.',
    c: 'The institute interviewed 1,900 adults by telephone April 26-30, it said.',
  });
  assert.ok(moved.some((f) => f.startsWith('c date 30')), moved.join('\n'));
});

test('a date whose words the collation lines up in part is one date with its rest changed, whatever the reading runs on to', () => {
  // "in September «2026»" / "in September «2025 and was meant to run until August 2029»": the year changed
  const found = flags({
    a: 'The trial of the fuel-cell buses began in September 2026.',
    b: 'The trial of the fuel-cell buses began in September 2025 and was meant to run until August 2029.',
  });
  assert.ok(found.includes('b date September 2025'), found.join('\n'));
});

test('a range of months with their years ("from March 2026 through June 2027") is its two months', () => {
  const dates = (outlet: string): string[] => flags({
    Reuters: 'The pilot scheme will run between March 2026 and June 2027, the ministry said.',
    b: outlet,
    c: 'The pilot scheme will run between March 2026 and June 2027, the ministry said.',
  }).filter((f) => f.includes(' date '));
  assert.deepEqual(dates('The pilot scheme will run from March 2026 through June 2027, the ministry said.'), []);
  assert.deepEqual(dates('The pilot scheme will run from March 2026 through June 2028, the ministry said.'), ['b date June 2028']);
});
