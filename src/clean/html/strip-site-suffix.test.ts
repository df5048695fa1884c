import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripSiteSuffix } from './strip-site-suffix.ts';

test('strips a suffix or prefix that names the site', () => {
  assert.equal(stripSiteSuffix('Rates held at 4% | The Daily Example', 'The Daily Example'), 'Rates held at 4%');
  assert.equal(stripSiteSuffix('Rates held at 4% - Daily Example', 'The Daily Example'), 'Rates held at 4%');
  assert.equal(stripSiteSuffix('Rates held at 4% – example.com', 'Example'), 'Rates held at 4%');
  assert.equal(stripSiteSuffix('Daily Example | Rates held at 4%', 'Daily Example'), 'Rates held at 4%');
});

test('keeps titles whose dash is part of the headline, and titles with no known site', () => {
  assert.equal(stripSiteSuffix('Mayor - and council - agree budget', 'Town Paper'), 'Mayor - and council - agree budget');
  assert.equal(stripSiteSuffix('Rates held | Daily Example', null), 'Rates held | Daily Example');
});
