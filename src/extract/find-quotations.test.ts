import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotations } from './find-quotations.ts';

const quoted = (text: string) => findQuotations(text).map((q) => text.slice(q.content.start, q.content.end));

test('a quote left open at a paragraph end closes there', () => {
  assert.deepEqual(quoted('“First part of a long quote.\n“And its second paragraph,” he said.'), ['First part of a long quote.', 'And its second paragraph,']);
});

test('inch marks after digits do not open a quote', () => {
  assert.deepEqual(quoted('The pipe is 6" wide and "quite old".'), ['quite old']);
});

test('mixed straight and curly closers pair up', () => {
  assert.deepEqual(quoted('“It works" she said.'), ['It works']);
});
