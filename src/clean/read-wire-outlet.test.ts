import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWireOutlet } from './read-wire-outlet.ts';

test('readWireOutlet reads the agency of a wire dateline at the top', () => {
  assert.equal(readWireOutlet('PORTVILLE, March 4 (Reuters) - The ferry sails at noon.'), 'Reuters');
  assert.equal(readWireOutlet('SAN JOSE, Calif., March 4 (AP) -- The ferry sails at noon.'), 'Associated Press');
  assert.equal(readWireOutlet('Paris (AFP) - The ferry sails at noon.'), 'AFP');
  assert.equal(readWireOutlet('Ferries\n\nBEIJING, March 4 (Xinhua) — The ferry sails at noon.'), 'Xinhua');
  // a dateline shared by bureaus in two cities
  assert.equal(readWireOutlet('OSLO/STOCKHOLM, May 2 (Reuters) - The ferry sails at noon.'), 'Reuters');
  assert.equal(readWireOutlet('Madrid / Lisbon (AFP) - The ferry sails at noon.'), 'AFP');
});

test('readWireOutlet ignores agencies credited elsewhere and datelines deep in the text', () => {
  assert.equal(readWireOutlet('The ferry sails at noon, three officials told Reuters.'), null);
  assert.equal(readWireOutlet('PORTVILLE (Harbor Daily) - The ferry sails at noon.'), null);
  assert.equal(readWireOutlet('The ferry (AP photo) - sails at noon.'), null);
  assert.equal(readWireOutlet('One.\n\nTwo.\n\nThree.\n\nPORTVILLE (Reuters) - Four.'), null);
});
