import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinParagraphs } from './join-paragraphs.ts';
import { splitLines } from './split-lines.ts';

test('joinParagraphs writes kept units as paragraphs with an exact source map', () => {
  const body = 'Close\nThe bridge\nreopened.\n\nFerries still run.';
  const [close, a, b, c] = splitLines(body);
  const joined = { ...a!, text: `${a!.text} ${b!.text}`, pieces: [...a!.pieces, ...b!.pieces] };
  const out = joinParagraphs(body, [{ ...close!, removed: 'site-chrome' }, joined, c!]);
  assert.equal(out.text, 'The bridge reopened.\n\nFerries still run.');
  assert.deepEqual(out.removed, [{ text: 'Close', reason: 'site-chrome', source: { start: 0, end: 5 } }]);
  for (const entry of out.sourceMap) {
    assert.equal(out.text.slice(entry.start, entry.end), body.slice(entry.sourceStart, entry.sourceStart + entry.end - entry.start));
  }
  assert.equal(out.sourceMap.length, 3);
});
