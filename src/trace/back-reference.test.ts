import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backReferenceHead, sourceHead } from './back-reference.ts';

test('backReferenceHead reads partitive and definite references to people', () => {
  assert.equal(backReferenceHead('two of the officials'), 'official');
  assert.equal(backReferenceHead('one of the people'), 'person');
  assert.equal(backReferenceHead('the witnesses'), 'witness');
  assert.equal(backReferenceHead('The official'), 'official');
  assert.equal(backReferenceHead('three officials familiar with the plans'), null);
  assert.equal(backReferenceHead('the harbour master'), null);
  assert.equal(backReferenceHead('one of the cranes'), null);
});

test('sourceHead finds the head before what describes it', () => {
  assert.equal(sourceHead('three officials familiar with the plans'), 'official');
  assert.equal(sourceHead('two people who attended the meeting'), 'person');
  assert.equal(sourceHead('a senior diplomat'), 'diplomat');
  assert.equal(sourceHead('the harbour master'), null);
});
