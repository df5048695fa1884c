import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropKicker } from './drop-kicker.ts';

test('dropKicker takes the rubric off a title whose <h1> is the rest of it, and nothing else', () => {
  assert.equal(dropKicker('Kommentar: Die Stadt braucht mehr Mut', 'Die Stadt braucht mehr Mut'), 'Die Stadt braucht mehr Mut');
  assert.equal(dropKicker('EXCLUSIVE | Port deal collapses', ' Port deal collapses '), 'Port deal collapses');
  assert.equal(dropKicker('Toulouse : un incendie détruit un entrepôt', 'Toulouse : un incendie détruit un entrepôt'), 'Toulouse : un incendie détruit un entrepôt');
  assert.equal(dropKicker('Why the council voted no: the budget', 'the budget'), 'Why the council voted no: the budget', 'a clause, not a rubric');
  assert.equal(dropKicker('Ferry fares rise', null), 'Ferry fares rise');
});
