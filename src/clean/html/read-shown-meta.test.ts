import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readShownMeta } from './read-shown-meta.ts';

test('readShownMeta reads authors and a published date from removed byline and date lines', () => {
  const removed = [
    { text: 'Zuletzt aktualisiert: 17.01.2026, 11:48 Uhr', reason: 'dateline' as const },
    { text: 'Veröffentlicht am 16.01.2026, 18:02 Uhr', reason: 'dateline' as const },
    { text: 'Von Malte Feddersen und Ina Roth', reason: 'byline' as const },
    { text: 'Von Fremden Leuten', reason: 'teaser' as const },
  ];
  assert.deepEqual(readShownMeta(removed, [], 'de'), { byline: 'Malte Feddersen and Ina Roth', published: '2026-01-16T18:02:00Z' });
});

test('readShownMeta falls back to byline and date lines among the page lines above the story, and to nothing', () => {
  const head = ['Startseite Politik', 'Por Lucía Bermejo', 'Un titular largo que no es una firma ni una fecha', '14/04/2026 12:30h'];
  assert.deepEqual(readShownMeta([], head, 'es'), { byline: 'Lucía Bermejo', published: '2026-04-14T12:30:00Z' });
  assert.deepEqual(readShownMeta([], ['Nothing here'], 'en'), { byline: null, published: null });
});
