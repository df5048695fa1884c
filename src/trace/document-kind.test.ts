import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentKind } from './document-kind.ts';

test('documentKind reads the noun that says which document it is', () => {
  assert.equal(documentKind('a preliminary engineering report', 'report'), 'engineering report');
  assert.equal(documentKind('the authority’s latest progress report', 'report'), 'progress report');
  assert.equal(documentKind('The engineering report, by Harbor Testing', 'report'), 'engineering report');
});

test('documentKind gives null for a document told only by determiners, owners and generic words', () => {
  assert.equal(documentKind('the report', 'report'), null);
  assert.equal(documentKind('the board’s report', 'report'), null);
  assert.equal(documentKind('a new confidential study', 'study'), null);
});
