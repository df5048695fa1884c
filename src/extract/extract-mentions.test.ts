import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../model/mention.ts';
import { extractMentions } from './extract-mentions.ts';
import { segment } from '../segment/segment.ts';
import { testSentences } from './test-sentences.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
// The founding story's date, the reference for relative dates in all five rewrites.
const PUBLISHED = '2026-02-21T12:00:00Z';
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const analysed = seeds.map((text) => ({ text, mentions: extractMentions(text, segment(text).sentences, PUBLISHED) }));
const of = <K extends Mention['kind']>(mentions: readonly Mention[], kind: K) => mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);

test('all kinds from one sentence, sorted, each span matching its text', () => {
  const text = 'At least 12 crew members reportedly left on Jan. 9, but “not all of them,” the Coast Guard said.';
  const mentions = extractMentions(text, testSentences(text), '2025-03-01T00:00:00Z');
  assert.deepEqual([...new Set(mentions.map((m) => m.kind))].sort(), ['attribution', 'date', 'entity', 'hedge', 'negation', 'number', 'quantifier', 'quote']);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(mentions.map((m) => m.start), mentions.map((m) => m.start).sort((a, b) => a - b));
});

test('seeds: offsets hold in real scraped text', () => {
  assert.equal(seeds.length, 5);
  for (const { text, mentions } of analysed) {
    assert.ok(mentions.length > 50);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  }
});

test('seeds: every rewrite credits the wire agency', () => {
  for (const { mentions } of analysed) {
    assert.ok(of(mentions, 'attribution').some((a) => a.sourceType === 'wire' && a.key === 'reuters'));
  }
});

test('seeds: the death toll reads as the same number everywhere', () => {
  for (const { mentions } of analysed) assert.ok(of(mentions, 'number').some((n) => n.value === 32));
});

test('seeds: the operation date has one value however it is written', () => {
  const forms = new Set<string>();
  for (const { mentions } of analysed) {
    for (const d of of(mentions, 'date')) if (d.value === '2026-01-03') forms.add(d.text.replace(/^on /i, ''));
  }
  assert.ok(forms.size >= 2, `only ${[...forms].join(', ')}`);
});

test('seeds: counted sources carry their count, words or digits alike', () => {
  const counts = analysed.flatMap(({ mentions }) => of(mentions, 'attribution').filter((a) => a.sourceType === 'counted').map((a) => a.count));
  assert.ok(counts.includes(11));
  assert.ok(counts.includes(4));
});
