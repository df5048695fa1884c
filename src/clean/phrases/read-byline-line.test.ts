import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBylineLine } from './read-byline-line.ts';

test('readBylineLine reads the authors of labelled and dated byline lines in every table language', () => {
  assert.deepEqual(readBylineLine('Von Jana Lindqvist 04.03.2026, 09:15 Uhr'), ['Jana Lindqvist']);
  assert.deepEqual(readBylineLine('Von Theresa Gruber und Lukas Brandstätter | 12. Mai 2026'), ['Theresa Gruber', 'Lukas Brandstätter']);
  assert.deepEqual(readBylineLine('Por Mariana Albuquerque, da Gazeta do Vale'), ['Mariana Albuquerque']);
  assert.deepEqual(readBylineLine('Por Javier Montalbán y Rocío Fuentes'), ['Javier Montalbán', 'Rocío Fuentes']);
  assert.deepEqual(readBylineLine("di Simone D'Angelo"), ["Simone D'Angelo"]);
  assert.deepEqual(readBylineLine('Text: Benedikt Auer'), ['Benedikt Auer']);
  assert.deepEqual(readBylineLine('Par Julien Roques et Élodie Castan Publié le 14 mars 2026 à 07h52'), ['Julien Roques', 'Élodie Castan']);
  assert.deepEqual(readBylineLine('Rita Mendonça · 22 abr 2026'), ['Rita Mendonça']);
  assert.deepEqual(readBylineLine('By Jane Doe, Staff Writer'), ['Jane Doe']);
  // a script without capitals: the label alone says a name follows
  assert.deepEqual(readBylineLine('بقلم سارة الحسيني'), ['سارة الحسيني']);
  assert.deepEqual(readBylineLine('كتب: أحمد منصور'), ['أحمد منصور']);
});

test('readBylineLine leaves sentences that open with a label word alone', () => {
  assert.equal(readBylineLine('Von Montag an gilt die neue Regel.'), null);
  assert.equal(readBylineLine('Di Maio ha detto che il governo resta.'), null);
  assert.equal(readBylineLine('By Tuesday, the council will vote.'), null);
  assert.equal(readBylineLine('Por Dios'), null, 'one capitalised word is no author');
  assert.equal(readBylineLine('Rita Mendonça · Lisboa'), null, 'names without a label need a date beside them');
});
