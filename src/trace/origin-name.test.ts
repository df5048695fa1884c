import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutTitle } from './origin-name.ts';

test('titles and roles before a full name are not the name an origin goes by', () => {
  assert.equal(withoutTitle('Captain Andras Feher'), 'Andras Feher');
  assert.equal(withoutTitle('Detective Inspector Ruth Bale'), 'Ruth Bale');
  assert.equal(withoutTitle('Survivor Tomas Lind'), 'Tomas Lind');
  assert.equal(withoutTitle('Dr. Amara Okonkwo'), 'Amara Okonkwo');
});

test('a title before a single name, or a name that is all title, is kept as written', () => {
  assert.equal(withoutTitle('Captain Feher'), 'Captain Feher');
  assert.equal(withoutTitle('Andras Feher'), 'Andras Feher');
  assert.equal(withoutTitle('Chief Executive'), 'Chief Executive');
  assert.equal(withoutTitle('General Motors'), 'General Motors');
  assert.equal(withoutTitle('Major League Baseball'), 'Major League Baseball');
});
