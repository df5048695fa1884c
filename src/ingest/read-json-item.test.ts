import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonItem } from './read-json-item.ts';

test('documented fields become metadata; text stays text', () => {
  const r = readJsonItem({ url: 'https://a.test/x', title: ' T ', outlet: 'O', published: '2025-11-04T09:30:00-05:00', byline: 'B', language: 'en-GB', text: 'Words.' }, 'f.jsonl#1');
  assert.deepEqual(r, {
    document: {
      source: 'f.jsonl#1', format: 'text', body: 'Words.',
      meta: { url: 'https://a.test/x', title: 'T', outlet: 'O', published: '2025-11-04T14:30:00Z', byline: 'B', language: 'en-GB' },
    },
  });
});

test('html is html, and text that is markup is read as html', () => {
  const a = readJsonItem({ html: '<p>x</p>' }, 's');
  assert.ok('document' in a && a.document.format === 'html');
  const b = readJsonItem({ content: '<p>The levy <b>passed</b>.</p>' }, 's');
  assert.ok('document' in b && b.document.format === 'html' && b.document.body === '<p>The levy <b>passed</b>.</p>');
});

test('common alias fields of news exports are understood', () => {
  const r = readJsonItem({ source: { id: null, name: 'Daily Tide' }, author: ['Ann Lee', { name: 'Bo Park' }], headline: 'H', link: 'https://t.test/1', body: 'B.', publishedAt: '2025-11-05', lang: 'fr_FR' }, 's');
  assert.ok('document' in r);
  assert.deepEqual(r.document.meta, { url: 'https://t.test/1', title: 'H', outlet: 'Daily Tide', published: '2025-11-05', byline: 'Ann Lee, Bo Park', language: 'fr-FR' });
});

test('unreadable values are dropped, wrong types refused', () => {
  const r = readJsonItem({ text: 'x', published: 'someday', url: 'javascript:alert(1)', language: 'English language' }, 's');
  assert.ok('document' in r);
  assert.deepEqual(r.document.meta, {});
  assert.deepEqual(readJsonItem({ text: 'x', title: 5 }, 's'), { reason: 'Field "title" must be a string, not a number' });
  assert.deepEqual(readJsonItem({ text: ['x'] }, 's'), { reason: 'Field "text" must be a string, not an array' });
  assert.deepEqual(readJsonItem([1], 's'), { reason: 'Expected a JSON object, found an array' });
  assert.deepEqual(readJsonItem({ title: 'T', text: '   ' }, 's'), { reason: 'No "text" or "html" field with content' });
});
