import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../model/index.ts';
import { fixtureArticle } from '../align/_fixture-article.ts';
import { articleJson } from './article-json.ts';
import { formatJson, jsonChunks } from './format-json.ts';

const a = fixtureArticle('The council closed the bridge on Tuesday. Engineers found "deep cracks" in two supports.', 'a');
const b = fixtureArticle('The bridge was shut on Tuesday, the council said.', 'b');
const report: Report = {
  schema: 'https://example.org/wiretrace/report.schema.json',
  articles: [a, b],
  claims: [{ id: 'c1', text: 'The council closed the bridge on Tuesday.', articles: ['a', 'b'], support: [{ article: 'a', start: 0, end: 41, text: a.text.slice(0, 41) }, { article: 'b', start: 0, end: 31, text: b.text.slice(0, 31) }], told: 'reworded' }],
  divergences: [],
  unique: [{ article: 'a', start: 42, end: a.text.length, text: a.text.slice(42) }],
  origins: [],
  copying: [],
};

test('the streamed JSON is the one document JSON.stringify writes, byte for byte, with empty and filled sections', () => {
  const whole = `${JSON.stringify({ schema: report.schema, articles: report.articles.map(articleJson), claims: report.claims, divergences: [], unique: report.unique, origins: [], copying: [] }, null, 2)}\n`;
  assert.equal(formatJson(report), whole);
  assert.deepEqual(JSON.parse(formatJson(report)), JSON.parse(whole));
});

test('no piece holds more than one element of a section', () => {
  const many: Report = { ...report, unique: Array.from({ length: 1000 }, () => report.unique[0]!) };
  const pieces = [...jsonChunks(many)];
  assert.ok(pieces.length > 1000);
  assert.ok(Math.max(...pieces.map((p) => p.length)) < 2 * JSON.stringify(report.articles.map(articleJson)[0], null, 2).length + 200);
});
