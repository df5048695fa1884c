import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from './parse-page.ts';
import { readJsonLd } from './read-json-ld.ts';

const page = (...scripts: string[]): Document =>
  parsePage(`<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`);

test('finds the article node in a top-level array, skipping other types', () => {
  const meta = readJsonLd(page(JSON.stringify([
    { '@type': 'BreadcrumbList', name: 'Crumbs' },
    { '@type': 'ReportageNewsArticle', headline: 'Dam opens', author: 'Li Wei', publisher: { name: 'Valley Post' }, datePublished: '2026-03-01T10:00:00+02:00', url: 'https://valley.example/dam' },
  ])));
  assert.deepEqual(meta, { title: 'Dam opens', byline: 'Li Wei', outlet: 'Valley Post', published: '2026-03-01T10:00:00+02:00', url: 'https://valley.example/dam' });
});

test('tolerates broken blocks and trailing commas, and reads BlogPosting from a later script', () => {
  const meta = readJsonLd(page('{not json', '{"@type":"BlogPosting","headline":"Garden notes","author":{"name":"Sam Reed"},}'));
  assert.equal(meta.title, 'Garden notes');
  assert.equal(meta.byline, 'Sam Reed');
});

test('returns nothing when no article node exists', () => {
  assert.deepEqual(readJsonLd(page('{"@type":"Organization","name":"Valley Post"}')), {});
});
