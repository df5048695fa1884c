import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf, spelledOutIn } from './acronym.ts';

test('an acronym is found spelled out as the initials of capitalised words, joining words skipped', () => {
  assert.ok(spelledOutIn('DEA', 'The Disaster and Emergency Authority said it had sent teams.'));
  assert.ok(spelledOutIn('OIPH', 'the Orlenian Institute of Public Health'));
  assert.ok(spelledOutIn('NCO', 'the National Competition Office ruled'));
  assert.ok(!spelledOutIn('DEA', 'The Department of Energy said'));
  assert.ok(!spelledOutIn('Dea', 'Disaster and Emergency Authority'));
  assert.ok(!spelledOutIn('FBI', 'the federal bureau'));
});

test('lower-cased credit words: an acronym is the initials of the whole name', () => {
  assert.ok(initialsOf(['the', 'dea'], ['the', 'disaster', 'and', 'emergency', 'authority']));
  assert.ok(!initialsOf(['two', 'officials'], ['tomas', 'walker', 'olsen']));
  assert.ok(!initialsOf(['the', 'ministry'], ['the', 'disaster', 'and', 'emergency', 'authority']));
});
