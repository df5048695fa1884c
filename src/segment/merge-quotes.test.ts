import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from '../model/span.ts';
import { MAX_QUOTED_SENTENCE, mergeQuotes } from './merge-quotes.ts';

/** Pieces for `parts` joined by single spaces, as the raw splitter would give them. */
function piecesOf(parts: string[]): { text: string; pieces: Range[] } {
  const pieces: Range[] = [];
  let text = '';
  for (const part of parts) {
    if (text !== '') text += ' ';
    pieces.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, pieces };
}

const merged = (parts: string[]) => {
  const { text, pieces } = piecesOf(parts);
  return mergeQuotes(text, pieces).map((r) => text.slice(r.start, r.end));
};

test('mergeQuotes: joins the sentences of one curly quotation', () => {
  assert.deepEqual(merged(['He said: “We stay.', 'We fight.', 'We win.”', 'Then he left.']), ['He said: “We stay. We fight. We win.”', 'Then he left.']);
});

test('mergeQuotes: reads straight quotes as opening after a space and closing elsewhere', () => {
  assert.deepEqual(merged(['She called it "a farce.', 'A total farce."', 'Nobody replied.']), ['She called it "a farce. A total farce."', 'Nobody replied.']);
  assert.deepEqual(merged(['He is 6\'2" tall.', 'He plays guard.']), ['He is 6\'2" tall.', 'He plays guard.']);
});

test('mergeQuotes: leaves closed quotations and unclosed ones alone', () => {
  assert.deepEqual(merged(['“Go.”', '“Stop.”']), ['“Go.”', '“Stop.”']);
  assert.deepEqual(merged(['“We stay.', 'We fight.']), ['“We stay.', 'We fight.']);
});

test('mergeQuotes: a quotation longer than the limit keeps its sentences apart', () => {
  const filler = 'word '.repeat(MAX_QUOTED_SENTENCE / 5).trim() + '.';
  const parts = ['“Start.', filler, 'End.”'];
  assert.deepEqual(merged(parts), parts);
});
