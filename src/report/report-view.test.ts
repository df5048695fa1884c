import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Divergence, Report, Span } from '../model/index.ts';
import { REPORT_SCHEMA } from '../model/index.ts';
import { reportView } from './report-view.ts';

function article(id: string, text: string, outlet: string | null, published: string | null, source = `${id}.txt`): Article {
  return {
    id, source, text, outlet, published, url: null, title: `${id} title`, byline: null, language: 'en',
    removed: [], sourceMap: [], paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }],
  };
}

function span(a: Article, words: string): Span {
  const start = a.text.indexOf(words);
  assert.ok(start >= 0, `${words} in ${a.id}`);
  return { article: a.id, start, end: start + words.length, text: words };
}

// Four outlets; the claim "killed" is carried by three, so the fourth misses it; c2 is carried by two only.
const a = article('a', 'Four people were killed. The mayor spoke.', 'Wire', '2026-01-02T10:00:00Z');
const b = article('b', 'Four people were killed. Extra background here.', 'Daily', '2026-01-02T08:00:00Z');
const c = article('c', 'Five people were killed.', 'Daily', '2026-01-02T12:00:00Z');
const d = article('d', 'The mayor spoke at noon.', null, null, 'dir/d-page.html');
const number: Divergence = {
  ...span(c, 'Five'), id: 'x1', claim: 'c1', kind: 'number', severity: 'high', message: 'Five where others say four',
  versus: [span(a, 'Four'), span(b, 'Four')],
};
const added: Divergence = {
  ...span(d, 'at noon'), id: 'x2', claim: 'c2', kind: 'detail_added', severity: 'low', message: 'adds a time', versus: [],
};
const report: Report = {
  schema: REPORT_SCHEMA,
  articles: [a, b, c, d],
  claims: [
    { id: 'c1', text: 'Four people were killed.', articles: ['a', 'b', 'c'], support: [span(a, 'Four people were killed.'), span(b, 'Four people were killed.'), span(c, 'Five people were killed.')] },
    { id: 'c2', text: 'The mayor spoke.', articles: ['a', 'd'], support: [span(a, 'The mayor spoke.'), span(d, 'The mayor spoke at noon.')] },
  ],
  divergences: [added, number],
  unique: [span(b, 'Extra background here.')],
  origins: [],
  copying: [],
};

test('outlets come in publication order, undated last, with distinct labels', () => {
  const view = reportView(report);
  assert.deepEqual(view.outlets.map((o) => o.article.id), ['b', 'a', 'c', 'd']);
  assert.deepEqual(view.outlets.map((o) => o.label), ['Daily (1)', 'Wire', 'Daily (2)', 'd-page.html']);
  assert.equal(view.firstPublished, '2026-01-02T08:00:00Z');
  assert.equal(view.lastPublished, '2026-01-02T12:00:00Z');
  assert.equal(view.title, 'b title');
});

test('each cell says whether the outlet keeps, changes, misses or alone carries the claim', () => {
  const view = reportView(report);
  const states = view.rows.map((r) => `${r.id}: ${r.cells.map((c) => c.state).join(' ')}`);
  assert.deepEqual(states, [
    'c1: kept kept changed missing',
    'c2: absent kept absent changed',
    'unique:b:25: only absent absent absent',
  ]);
  const changed = view.rows[0]!.cells[2]!;
  assert.deepEqual(changed.kinds, ['number']);
  assert.equal(changed.worst, 'high');
  assert.equal(changed.span?.text, 'Five people were killed.');
  assert.equal(view.rows[0]!.carriers, 3);
});

test('outlet rows count carried, missing, changed, dropped and added; divergences rank by severity', () => {
  const view = reportView(report);
  const row = (id: string) => view.outlets.find((o) => o.article.id === id)!;
  assert.deepEqual([row('c').carried, row('c').changed, row('c').worst], [1, 1, 'high']);
  assert.deepEqual([row('d').carried, row('d').missing, row('d').added, row('d').worst], [1, 1, 1, 'low']);
  assert.deepEqual([row('b').added, row('b').worst], [1, null]);
  assert.deepEqual(view.ranked.map((x) => x.id), ['x1', 'x2']);
  assert.deepEqual(view.bySeverity, { low: 1, medium: 0, high: 1 });
  assert.deepEqual(view.byKind, { detail_added: 1, number: 1 });
});

test('an outlet-only passage names its outlet and words, carries a finding filed under it, and makes its cells when read', () => {
  const framing: Divergence = {
    ...span(b, 'Extra background'), id: 'x3', claim: 'unique:b:25', kind: 'framing', severity: 'medium', message: 'a loaded aside', versus: [],
  };
  const view = reportView({ ...report, divergences: [...report.divergences, framing] });
  const row = view.rows.find((r) => r.kind === 'unique')!;
  assert.deepEqual(row.only, { outlet: 0, span: span(b, 'Extra background here.') });
  assert.deepEqual([row.worst, row.kinds], ['medium', ['framing']]);
  assert.deepEqual(row.cells.map((c) => c.divergences.map((x) => x.id)), [['x3'], [], [], []]);
  assert.equal(row.cells, row.cells, 'made once');
  assert.equal(view.rows.find((r) => r.kind === 'claim')!.only, null);
});
