import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Mention } from '../model/index.ts';
import { cleanText } from '../clean/text/clean-text.ts';
import { segment } from '../segment/segment.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { traceOrigins } from './trace-origins.ts';

function article(id: string, text: string): Article {
  return { id, source: id, text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: null, published: '2025-03-02T10:00:00Z', language: 'en', ...segment(text) };
}

function mentionsOf(articles: readonly Article[]): Map<string, readonly Mention[]> {
  return new Map(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
}

test('credits one wire once across outlets, wires first, with every crediting span', () => {
  const articles = [
    article('x', 'The port will close for a week, the Associated Press reported. Two officials said repairs would begin soon.'),
    article('y', 'According to the Associated Press, the port will close for a week. The harbour master, Jane Okafor, said repairs would begin soon.'),
    article('z', 'The port is to close for a week, Okafor told AP. Repairs begin soon.'),
  ];
  const origins = traceOrigins(articles, mentionsOf(articles));
  const first = origins[0]!;
  assert.equal(first.kind, 'wire');
  assert.equal(first.name, 'Associated Press');
  assert.deepEqual([...first.articles].sort(), ['x', 'y', 'z']);
  for (const e of first.evidence) assert.equal(articles.find((a) => a.id === e.article)!.text.slice(e.start, e.end), e.text);
  const okafor = origins.find((o) => o.kind === 'named' && /Okafor/.test(o.name));
  assert.ok(okafor, `no named origin for Okafor in ${origins.map((o) => o.name).join(', ')}`);
  assert.deepEqual([...okafor.articles].sort(), ['y', 'z']);
});

test('a wire merely mentioned, not credited, is not an origin', () => {
  const articles = [article('x', 'Shares of Reuters rivals fell as the market opened on Monday.')];
  assert.equal(traceOrigins(articles, mentionsOf(articles)).filter((o) => o.kind === 'wire').length, 0);
});

test('all five seed articles credit Reuters', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const doc = cleanText({ source: file, format: 'text', body: readFileSync(join(dir, file), 'utf8'), meta: {} });
    return { ...doc, id: file.slice(0, 3), ...segment(doc.text) };
  });
  const origins = traceOrigins(articles, mentionsOf(articles));
  const reuters = origins[0]!;
  assert.equal(reuters.name, 'Reuters');
  assert.deepEqual([...reuters.articles].sort(), ['000', '001', '002', '003', '004']);
});

test('a named person is one origin whatever the descriptors around the name, and goes by the name', () => {
  const articles = [
    article('x', 'The pier is unsafe, said Ana Ruiz, the harbour board’s chief engineer. Repairs will take a year.'),
    article('y', 'Harbour board chief engineer Ana Ruiz said the pier was unsafe.'),
    article('z', 'The pier is unsafe, the harbour board’s chief engineer, Ana Ruiz, said on Monday. Ruiz said repairs would take a year.'),
  ];
  const origins = traceOrigins(articles, mentionsOf(articles)).filter((o) => o.kind === 'named');
  assert.deepEqual(origins.map((o) => [o.name, [...o.articles].sort()]), [['Ana Ruiz', ['x', 'y', 'z']]]);
});

test('sources cited in a gerund or described by a relative clause are credited; the audience of a passive cue is not', () => {
  const articles = [
    article('x', 'The port will close, the Harbor Gazette reported, citing four officials familiar with the plans. Dockers were told to stay home.'),
    article('y', 'The port will close, two people who attended the meeting said. The board was briefed on Friday.'),
  ];
  const names = traceOrigins(articles, mentionsOf(articles)).map((o) => o.name);
  assert.ok(names.includes('four officials familiar with the plans'), names.join(', '));
  assert.ok(names.includes('two people who attended the meeting'), names.join(', '));
  assert.ok(!names.some((n) => /dockers|board/i.test(n)), names.join(', '));
});

test('"two of the officials" and "the officials" count for the officials the article introduced, not as origins of their own', () => {
  const articles = [
    article('x', 'The port will close, according to three officials familiar with the plans. The closure was ordered on Monday, two of the officials said. It may last a month, the officials said.'),
    article('y', 'The officials said the port would reopen in May.'),
  ];
  const origins = traceOrigins(articles, mentionsOf(articles));
  const three = origins.find((o) => o.name === 'three officials familiar with the plans');
  assert.deepEqual(three?.evidence.map((e) => e.text), ['according to three officials familiar with the plans', 'two of the officials said', 'the officials said']);
  // With nothing to point back to, "the officials" is a source of its own.
  assert.deepEqual(origins.filter((o) => o !== three).map((o) => [o.name, o.articles]), [['the officials', ['y']]]);
});

test('a place or date inside a lowercase description is not a named origin', () => {
  // The extractor reads "the deaths of the 12 crew in January" as the source here, keyed "january".
  const articles = [article('x', 'However, official reports following the deaths of the 12 crew in January confirmed that the pier had failed.')];
  const names = traceOrigins(articles, mentionsOf(articles)).filter((o) => o.kind === 'named').map((o) => o.name);
  assert.deepEqual(names, []);
});

test('"the report" is the report the article introduced; reports of different kinds are different origins', () => {
  const articles = [
    article('x', 'A preliminary engineering report found cracks in the piles. Repairs may cost $9 million, the report estimated. The pier was half built, according to the latest progress report.'),
    article('y', 'Repairs may cost $9 million, according to the engineering report.'),
  ];
  const documents = traceOrigins(articles, mentionsOf(articles)).filter((o) => o.kind === 'document');
  assert.deepEqual(documents.map((o) => [o.evidence.map((e) => e.text), [...o.articles].sort()]), [
    [['the report estimated', 'according to the engineering report'], ['x', 'y']],
    [['according to the latest progress report'], ['x']],
  ]);
});

test('a person credited mostly by surname goes by the full name the articles give', () => {
  const articles = [
    article('x', 'The dam is safe, said Dr. Lena Hartwig of the Kessler Institute. Hartwig said the cracks were shallow. Hartwig said more tests would follow.'),
    article('y', 'Hartwig said the dam was safe.'),
  ];
  const origin = traceOrigins(articles, mentionsOf(articles)).find((o) => o.kind === 'named' && /Hartwig/.test(o.name));
  assert.equal(origin?.name, 'Lena Hartwig');
  assert.deepEqual([...origin.articles].sort(), ['x', 'y']);
});
