import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedOutlet } from './feed-outlet.ts';

test('feedOutlet keeps the outlet of an "Outlet – Section" channel title', () => {
  assert.equal(feedOutlet('The Greenline Report – Water & Oceans', 'https://greenlinereport.org/water'), 'The Greenline Report');
  assert.equal(feedOutlet('Carwise - Recalls', 'https://www.carwise.example/recalls'), 'Carwise');
  assert.equal(feedOutlet('BallotWatch — Elections Worldwide', null), 'BallotWatch');
});

test('feedOutlet finds the outlet on either side, by the web address or past a generic listing name', () => {
  assert.equal(feedOutlet('Water & Oceans | The Greenline Report', 'https://greenlinereport.org/'), 'The Greenline Report');
  assert.equal(feedOutlet('Top stories - The Estuary Post', null), 'The Estuary Post');
});

test('feedOutlet leaves a title with no section as it is', () => {
  assert.equal(feedOutlet('Coastal & Harbor News', 'https://coastal.example'), 'Coastal & Harbor News');
  assert.equal(feedOutlet(undefined, null), undefined);
});
