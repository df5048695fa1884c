import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from './split-paragraphs.ts';

const texts = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

test('splitParagraphs: blank lines, with spaces or CRLF, separate paragraphs', () => {
  assert.deepEqual(texts('One.\n\nTwo.\r\n\r\nThree.\n \t\nFour.\n\n\n\nFive.'), ['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
});

test('splitParagraphs: single line breaks stay inside a paragraph when blank lines exist', () => {
  assert.deepEqual(texts('Heading\nFirst line.\n\nSecond.'), ['Heading\nFirst line.', 'Second.']);
});

test('splitParagraphs: without any blank line, each line is a paragraph', () => {
  assert.deepEqual(texts('Heading\nFirst line.\r\nSecond line.'), ['Heading', 'First line.', 'Second line.']);
});

test('splitParagraphs: a Unicode paragraph separator is a break', () => {
  assert.deepEqual(texts('One.\u2029Two.'), ['One.', 'Two.']);
});

test('splitParagraphs: blank text has none', () => {
  assert.deepEqual(splitParagraphs(' \n\n\t '), []);
});
