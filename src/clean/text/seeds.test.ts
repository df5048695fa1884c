import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanDocument } from '../../model/index.ts';
import { removeBundleBoilerplate } from '../bundle/remove-bundle-boilerplate.ts';
import { cleanText } from './clean-text.ts';
import { endsSentence } from './ends-sentence.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const bodies = new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
const docs = new Map(names.map((n) => [n, cleanText({ source: n, format: 'text', body: bodies.get(n)!, meta: {} })]));
const seed = (prefix: string): CleanDocument => docs.get(names.find((n) => n.startsWith(prefix))!)!;
const paragraphs = (doc: CleanDocument): string[] => doc.text.split('\n\n');
const words = (text: string): string[] => (text.match(/[\p{L}\p{N}]+/gu) ?? []).sort();

test('the five seeds are there', () => {
  assert.equal(names.length, 5);
});

test('every piece of every seed is kept or removed with a reason, and the source map is exact', () => {
  for (const [name, doc] of docs) {
    const body = bodies.get(name)!;
    for (const entry of doc.sourceMap) {
      assert.equal(doc.text.slice(entry.start, entry.end), body.slice(entry.sourceStart, entry.sourceStart + entry.end - entry.start), name);
    }
    for (const removed of doc.removed) {
      assert.ok(removed.source, `${name}: removed piece without source`);
      assert.equal(words(body.slice(removed.source.start, removed.source.end)).join(' '), words(removed.text).join(' '), name);
    }
    assert.deepEqual(words([doc.text, ...doc.removed.map((r) => r.text)].join(' ')), words(body), `${name}: words lost`);
  }
});

test('every noise kind the seeds README names is out of the text and in removed', () => {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const noise = readme.slice(readme.indexOf('Examples of noise'), readme.indexOf('A paragraph repeated'));
  const items = [...noise.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\.\.\.$/, '').trim());
  assert.ok(items.length >= 8, 'README noise list read');
  const all = [...docs.values()];
  for (const item of items) {
    const hits = (t: string) => t.startsWith(item) || t.endsWith(item);
    assert.ok(all.every((doc) => !paragraphs(doc).some(hits)), `"${item}" left in the text`);
    assert.ok(all.some((doc) => doc.removed.some((r) => hits(r.text))), `"${item}" not in removed`);
  }
  const reasons = new Set(all.flatMap((doc) => doc.removed.map((r) => r.reason)));
  for (const reason of ['copyright', 'caption', 'byline', 'dateline', 'teaser', 'advertisement', 'faq', 'duplicate-paragraph', 'tracking']) {
    assert.ok(reasons.has(reason as never), `no ${reason} removed`);
  }
  assert.ok(all.every((doc) => !doc.text.includes('©')));
});

test('every sentence-shaped line of reporting stays (or is a removed repeat or generated FAQ)', () => {
  for (const [name, doc] of docs) {
    for (const line of bodies.get(name)!.split('\n').map((l) => l.trim())) {
      if (line.split(/\s+/).length < 20 || !endsSentence(line)) continue;
      const removed = doc.removed.find((r) => r.text === line);
      // A glued heading is split off into its own paragraph; the words stay in order.
      if (removed === undefined) assert.ok(doc.text.replace(/\n\n/g, ' ').includes(line), `${name}: lost "${line.slice(0, 60)}"`);
      else assert.ok(['duplicate-paragraph', 'faq'].includes(removed.reason), `${name}: "${line.slice(0, 60)}" removed as ${removed.reason}`);
    }
  }
});

test('the seeds read their metadata where the text shows it', () => {
  assert.equal(seed('000').outlet, 'Voz.us');
  assert.equal(seed('000').byline, 'Diane Hernández');
  assert.match(seed('000').title ?? '', /^Cuban security personnel reportedly leaving/);
  assert.equal(seed('001').byline, 'Tamilla Hasanova');
  assert.match(seed('001').title ?? '', /^Venezuela reduces Cuban security presence/);
  assert.equal(seed('002').published, '2026-02-21T13:11:00Z');
  assert.equal(seed('002').outlet, 'Türkiye Today');
  assert.match(seed('002').title ?? '', /^Cuban security advisers leave Venezuela/);
  assert.equal(seed('003').title, null);
  assert.equal(seed('004').outlet, 'CubaHeadlines');
  assert.equal(seed('004').byline, 'Felix Ortiz');
  assert.equal(seed('004').published, '2026-02-21');
  assert.match(seed('004').title ?? '', /^Cuba's Security Apparatus/);
});

test('the seeds keep their distinctive reporting, once', () => {
  assert.equal(seed('000').text.split('pillar of the Caracas-Havana link').length, 2);
  assert.match(seed('000').text, /removed from their functions/);
  assert.match(seed('002').text, /oil blockade/);
  assert.match(seed('002').text, /traveling between Venezuela and Cuba/);
  assert.match(seed('003').text, /filmed departing/);
  assert.match(seed('003').text, /maritime blockade/);
  assert.match(seed('003').text, /\n\nBefore the mission/);
  assert.match(seed('004').text, /two agreements signed in May 2008/);
  for (const doc of docs.values()) assert.match(doc.text, /\b32\b/);
});

test('the bundle pass keeps every sentence of reporting the seeds share', () => {
  const before = [...docs.values()];
  const after = removeBundleBoilerplate(before);
  after.forEach((doc, i) => {
    const dropped = doc.removed.slice(before[i]!.removed.length);
    for (const piece of dropped) assert.ok(!endsSentence(piece.text), `${doc.source}: dropped "${piece.text}"`);
  });
});
