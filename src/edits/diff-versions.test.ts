import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import { diffVersions } from './diff-versions.ts';

function version(id: string, title: string, paragraphs: readonly string[]): Article {
  const text = paragraphs.join('\n\n');
  return { id, source: 'https://news.example/a', url: 'https://news.example/a', title, byline: null, outlet: 'Example News', published: '2026-11-02', language: 'en', text, removed: [], sourceMap: [], ...segment(text) };
}

const first = version('v1', 'Minister admits flood plan failed', [
  'At least 40 people were killed when the river burst its banks on Tuesday, police said.',
  '"We will not resign," the minister told reporters outside parliament on Wednesday.',
  'The government has faced criticism for cutting the flood defence budget last year.',
  'Rescue teams were still searching the lower valley for survivors late on Wednesday.',
]);

test('an unchanged version has no edits; a re-wrapped one neither', () => {
  assert.deepEqual(diffVersions(first, version('v2', first.title!, first.text.split('\n\n'))), []);
  assert.deepEqual(diffVersions(first, version('v2', `${first.title!}  `, first.text.split('\n\n').map((p) => p.replace(/ /g, '  ')))), []);
});

test('a changed figure, a softened headline, a removed paragraph and a changed quotation are each found, at their words', () => {
  const second = version('v2', 'Minister may have misjudged flood plan, critics say', [
    'Some 25 people were killed when the river burst its banks on Tuesday, police said.',
    '"We will consider our options," the minister told reporters outside parliament on Wednesday.',
    'Rescue teams were still searching the lower valley for survivors late on Wednesday.',
    'The minister is due to address parliament on Friday.',
  ]);
  const edits = diffVersions(first, second);
  const rules = edits.map((e) => e.rule);
  const headline = edits.find((e) => e.kind === 'headline')!;
  assert.equal(headline.rule, 'headline-softened');
  assert.equal(headline.direction, 'softened');
  assert.equal(headline.field, 'title');
  assert.match(headline.message, /^The headline was softened: "Minister admits flood plan failed" is now "Minister may have misjudged/);
  const figure = edits.find((e) => e.kind === 'number' && e.field === 'text')!;
  assert.ok(figure, rules.join(', '));
  assert.equal(second.text.slice(figure.after.start, figure.after.end), figure.after.text);
  assert.match(figure.after.text, /25/);
  assert.match(figure.before.text, /40/);
  const removed = edits.find((e) => e.rule === 'paragraph-removed')!;
  assert.equal(removed.before.text, 'The government has faced criticism for cutting the flood defence budget last year.');
  assert.equal(removed.after.text, '');
  const added = edits.find((e) => e.rule === 'paragraph-added')!;
  assert.equal(added.after.text, 'The minister is due to address parliament on Friday.');
  const quote = edits.find((e) => e.rule === 'quote-changed')!;
  assert.equal(quote.before.text, '"We will not resign,"');
  assert.equal(quote.after.text, '"We will consider our options,"');
  assert.equal(second.text.slice(quote.after.start, quote.after.end), quote.after.text);
  const reworded = edits.filter((e) => e.rule === 'paragraph-reworded');
  assert.equal(reworded.length, 2);
  assert.deepEqual(reworded[0]!.words!.filter((w) => w.op !== '=').map((w) => `${w.op}${w.text.trim()}`), ['-At least 40', '+Some 25']);
});

test('a headline made surer or stronger is hardened', () => {
  const soft = version('v1', 'Council may cut bus routes', ['The council is reviewing its bus routes.']);
  const hard = version('v2', 'Council slashes bus routes in brutal cuts', ['The council is reviewing its bus routes.']);
  const edits = diffVersions(soft, hard);
  assert.deepEqual(edits.map((e) => e.rule).filter((r) => r.startsWith('headline')), ['headline-hardened']);
  const plain = diffVersions(soft, version('v3', 'Council may cut some bus routes', ['The council is reviewing its bus routes.']));
  assert.deepEqual(plain.filter((e) => e.kind === 'headline').map((e) => e.rule), ['headline-changed']);
});

test('a paragraph moved elsewhere is no edit', () => {
  const [a, b, c, d] = first.text.split('\n\n');
  const edits = diffVersions(first, version('v2', first.title!, [a!, c!, d!, b!]));
  assert.deepEqual(edits, []);
});
