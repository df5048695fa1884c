import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from './parse-page.ts';

test('gives a whole document with a body for fragments, bare bodies, plain text and empty input', () => {
  for (const html of ['', '   ', 'plain words', '<p>One</p><p>Two</p>', '<body><p>Body only</p></body>', '<head><title>T</title></head><body><p>x</p></body>']) {
    const document = parsePage(html);
    assert.equal(document.documentElement.tagName.toUpperCase(), 'HTML', JSON.stringify(html));
    assert.ok(document.body, JSON.stringify(html));
  }
  assert.equal(parsePage('<p>One</p><p>Two</p>').body.querySelectorAll('p').length, 2);
  assert.equal(parsePage('<head><title>T</title></head><body><p>x</p></body>').querySelector('title')?.textContent, 'T');
});

test('leaves a full page as parsed', () => {
  const document = parsePage('<!DOCTYPE html><html lang="fr"><head><title>Titre</title></head><body><p>Texte</p></body></html>');
  assert.equal(document.documentElement.getAttribute('lang'), 'fr');
  assert.equal(document.body.textContent, 'Texte');
});

test('a flood of bare "<" is blanked before parsing, a tag opening at its end kept', () => {
  const flood = '<'.repeat(5000);
  const document = parsePage(`<html><body><p>The bridge reopened.</p>${flood}<p>Traffic resumed.</p>${flood}</body></html>`);
  assert.deepEqual([...document.body.querySelectorAll('p')].map((p) => p.textContent), ['The bridge reopened.', 'Traffic resumed.']);
  assert.equal(document.body.textContent?.includes('<'), false);
  // short runs are text as written
  assert.equal(parsePage('<html><body><p>a << b</p></body></html>').body.textContent, 'a << b');
});

test('a flood of "<" with spaces between is blanked too', () => {
  const document = parsePage(`<html><body><p>The bridge reopened.</p>${'< '.repeat(3000)}<p>Traffic resumed.</p></body></html>`);
  assert.deepEqual([...document.body.querySelectorAll('p')].map((p) => p.textContent), ['The bridge reopened.', 'Traffic resumed.']);
  assert.equal(document.body.textContent?.includes('<'), false);
});
