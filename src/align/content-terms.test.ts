import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTerms } from './content-terms.ts';

const same = (a: string, b: string) => assert.deepEqual(contentTerms(a), contentTerms(b), `${a} / ${b}`);

test('equivalent spellings of numbers, dates and words give the same terms', () => {
  same('thirty-two ministers', '32 ministers');
  same('eleven sources', '11 sources');
  same('on Jan. 3', 'on January 3rd');
  same('the advisors', 'the advisers');
  same('the U.S. decision', 'the US decision');
  same('the firm’s plan', "the firm's plan");
  same('8 per cent', '8%');
  same('1,200 jobs', '1200 jobs');
  same('Sánchez Núñez', 'Sanchez Nunez');
  same('travelling', 'traveled');
  same('organisation', 'organization');
  same('180mm', '180 millimetres');
});

test('inflections meet on one stem', () => {
  same('killed', 'kills');
  same('departed', 'departing');
  same('bodyguards', 'bodyguard');
});

test('function words and reporting verbs are dropped, but the country "US" is not the pronoun "us"', () => {
  assert.deepEqual(contentTerms('He said that it was there'), []);
  assert.notDeepEqual(contentTerms('told us'), contentTerms('told US'));
  assert.ok(contentTerms('the US').length === 1);
});
