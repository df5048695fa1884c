import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasPublishedLabel, isDateLine, readWrittenDate } from './written-date.ts';

test('isDateLine knows date lines, times and relative times in every table language', () => {
  for (const line of ['04.03.2026, 09:15 Uhr', '11:48 Uhr', 'vor 2 Stunden', 'Hace 45 minutos', '11h02', 'il y a 1 heure', 'Há 3 horas',
    '35 minuti fa', '10 settembre 2026, 07:20', '22 abr 2026', '08/05/2026 18h05 · Atualizado há 2 horas',
    'Publié le 03/10/2026 à 08h45 · Mis à jour le 03/10/2026 à 10h12', 'Zuletzt aktualisiert: 17.01.2026, 11:48 Uhr', '3 hours ago']) {
    assert.ok(isDateLine(line), line);
  }
});

test('isDateLine leaves numbers and sentences alone', () => {
  for (const line of ['2026', '3', 'The 12 men', 'Actualizado el censo, el gobierno decidió subir las pensiones', '14 Tote bei Unfall']) {
    assert.ok(!isDateLine(line), line);
  }
});

test('readWrittenDate reads day first, month names in the page language, and the time after the date as UTC', () => {
  assert.equal(readWrittenDate('Publicado el 5 de noviembre de 2026 a las 18:20', 'es'), '2026-11-05T18:20:00Z');
  assert.equal(readWrittenDate('Pubblicato il 14 febbraio 2026 alle 09:30', null), '2026-02-14T09:30:00Z');
  assert.equal(readWrittenDate('2. Juni 2026', 'de'), '2026-06-02');
  assert.equal(readWrittenDate('Actualizado: 14/04/2026 12:30h', 'es-ES'), '2026-04-14T12:30:00Z');
  assert.equal(readWrittenDate('04/03/2026', 'en'), null, 'numbers alone are not read day first in English');
  assert.equal(readWrittenDate('31.02.2026', 'de'), null, 'no such day');
  assert.equal(readWrittenDate('vor 2 Stunden', 'de'), null);
});

test('Arabic dates: a weekday, either name of the month, Arabic-Indic digits', () => {
  assert.ok(isDateLine('الثلاثاء 5 مايو 2026'));
  assert.ok(isDateLine('الخميس ١٢ آذار ٢٠٢٦ - ١٠:٣٠'));
  assert.ok(isDateLine('منذ 3 ساعات'));
  assert.equal(readWrittenDate('الثلاثاء 5 مايو 2026', 'ar'), '2026-05-05');
  assert.equal(readWrittenDate('الثلاثاء ٥ أيار ٢٠٢٦', 'ar'), '2026-05-05');
  assert.equal(readWrittenDate('نشر في 12 أغسطس 2026 الساعة 14:05', null), '2026-08-12T14:05:00Z');
  assert.ok(!isDateLine('افتتحت الحكومة 3 محطات'), 'a sentence with a number is no date line');
});

test('hasPublishedLabel tells a publication date from an update', () => {
  assert.ok(hasPublishedLabel('Publié le 03/10/2026'));
  assert.ok(!hasPublishedLabel('Mis à jour le 03/10/2026'));
});
