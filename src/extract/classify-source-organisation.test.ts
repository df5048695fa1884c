import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from './extract-mentions.ts';

const sourceKeys = (text: string) =>
  extractMentions(text, [{ start: 0, end: text.length }], null).filter((m) => m.kind === 'attribution').map((m) => `${m.sourceType} ${m.key}`);

test('an organisation named with "of" or "for" keeps its whole name as its key', () => {
  assert.deepEqual(sourceKeys('Grain exports fell by a third last year, according to the Institute for Farm Economics.'), ['named institute for farm economics']);
  assert.deepEqual(sourceKeys('Grain exports fell by a third last year, the Centre for Trade and Development said.'), ['named centre for trade and development']);
});

test('two institutes of the same kind stay two sources', () => {
  const a = sourceKeys('Grain exports fell, according to the Institute for Farm Economics.');
  const b = sourceKeys('Grain exports fell, according to the Institute for Coastal Studies.');
  assert.notDeepEqual(a, b);
});

test('a person of an organisation is still the person', () => {
  assert.deepEqual(sourceKeys('Grain exports fell, said Dr. Mara Holt of the University of Velden.'), ['named mara holt']);
});
