import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from './split-paragraphs.ts';

test('splitParagraphs splits on blank lines and trims', () => {
  const text = ' One.\n\nTwo\nlines.\n \n\n Three. ';
  assert.deepEqual(splitParagraphs(text).map((r) => text.slice(r.start, r.end)), ['One.', 'Two\nlines.', 'Three.']);
  assert.deepEqual(splitParagraphs(''), []);
});
