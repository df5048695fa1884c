import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLACE_FORMS, samePlace } from './places.ts';

test('a country, its people, its capital and its seats of power stand for one another', () => {
  assert.ok(samePlace('us', 'white house'));
  assert.ok(samePlace('russia', 'kremlin'));
  assert.ok(samePlace('netherlands', 'dutch'));
  assert.ok(samePlace('colombia', 'bogota'));
  assert.ok(!samePlace('russia', 'ukraine'));
  assert.ok(!samePlace('paris', 'unknown'));
});

test('names and demonyms key to their country; a capital is a place of its own, under one key for its spellings', () => {
  assert.deepEqual(PLACE_FORMS.get('USA'), { key: 'us', demonym: false });
  assert.deepEqual(PLACE_FORMS.get('Ukrainians'), { key: 'ukraine', demonym: true });
  assert.equal(PLACE_FORMS.get('Kiev')?.key, 'kyiv');
  assert.equal(PLACE_FORMS.get('Washington, DC')?.key, 'washington');
  assert.equal(PLACE_FORMS.get('New Delhi')?.key, 'new-delhi');
});
