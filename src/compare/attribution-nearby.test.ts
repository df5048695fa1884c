import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Claim, Mention, Range } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { compareClaims } from './compare-claims.ts';

// Each outlet's text is one paragraph; the claim holds only each text's first sentence, so what follows is context.
function compareFirstSentences(texts: Record<string, string>): ReturnType<typeof compareClaims> {
  const articles = Object.entries(texts).map(([id, text]): Article => ({
    id,
    source: `${id}.txt`,
    text,
    removed: [],
    sourceMap: [],
    url: null,
    title: null,
    byline: null,
    outlet: id,
    published: null,
    language: 'en',
    paragraphs: [{ start: 0, end: text.length }],
    sentences: sentencesOf(text),
  }));
  const mentions = new Map<string, readonly Mention[]>(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
  const support = articles.map((a) => ({ article: a.id, ...a.sentences[0]!, text: a.text.slice(a.sentences[0]!.start, a.sentences[0]!.end) }));
  const claim: Claim = { id: 'c', text: support[0]!.text, articles: articles.map((a) => a.id), support };
  return compareClaims(articles, mentions, [claim]);
}

function sentencesOf(text: string): Range[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.trimEnd().length }));
}

const CREDITED = {
  a: 'Flooding killed 14 people in the northern districts, according to the Japanese government. Rescue teams are still searching.',
  b: 'Flooding killed 14 people in the northern districts, the Japanese government said. Roads remain closed.',
  c: 'According to the Japanese government, flooding killed 14 people in the northern districts. More rain is forecast.',
};

test('a credit in the next sentence that names the same source (a capital for its government) is not a dropped attribution', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. Tokyo confirmed the toll on Tuesday.' });
  assert.deepEqual(found.filter((f) => f.article === 'd' && f.kind === 'attribution').map((f) => f.text), []);
});

test('a credit in the next sentence that points back at the statement is not a dropped attribution', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. Officials confirmed this on Tuesday.' });
  assert.deepEqual(found.filter((f) => f.article === 'd' && f.kind === 'attribution').map((f) => f.text), []);
});

test('"said it was" in the next sentence opens a new statement: it does not credit this one', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. A farmer said it was the worst flood in memory.' });
  assert.ok(found.some((f) => f.article === 'd' && f.kind === 'attribution' && /killed 14/.test(f.text)), found.map((f) => `${f.article} ${f.kind} ${f.text}`).join('\n'));
});

test('a next sentence crediting someone else with something else leaves the statement unsourced', () => {
  const found = compareFirstSentences({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts. Rescue teams said roads were still blocked.' });
  assert.ok(found.some((f) => f.article === 'd' && f.kind === 'attribution' && /killed 14/.test(f.text)), found.map((f) => `${f.article} ${f.kind} ${f.text}`).join('\n'));
});

test('a credit closing the sentence credits the clause of it that carries the claim', () => {
  // d's claim unit is only the opening clause of its sentence (up to ", although"), as a clause unit is
  const credited = { ...CREDITED, d: 'Flooding killed 14 people in the northern districts, although the dams held, the Japanese government said.' };
  const found = compareUpTo(credited, ', although');
  assert.deepEqual(found.filter((f) => f.article === 'd' && f.kind === 'attribution').map((f) => f.text), []);
  const bare = compareUpTo({ ...CREDITED, d: 'Flooding killed 14 people in the northern districts, although the dams held.' }, ', although');
  assert.ok(bare.some((f) => f.article === 'd' && f.kind === 'attribution'), bare.map((f) => `${f.article} ${f.kind} ${f.text}`).join('\n'));
});

// As compareFirstSentences, but a text holding `marker` takes part in the claim only up to it.
function compareUpTo(texts: Record<string, string>, marker: string): ReturnType<typeof compareClaims> {
  const articles = Object.entries(texts).map(([id, text]): Article => ({
    id, source: `${id}.txt`, text, removed: [], sourceMap: [], url: null, title: null, byline: null, outlet: id,
    published: null, language: 'en', paragraphs: [{ start: 0, end: text.length }], sentences: sentencesOf(text),
  }));
  const mentions = new Map<string, readonly Mention[]>(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
  const support = articles.map((a) => {
    const end = a.text.includes(marker) ? a.text.indexOf(marker) : a.sentences[0]!.end;
    return { article: a.id, start: 0, end, text: a.text.slice(0, end) };
  });
  const claim: Claim = { id: 'c', text: support[0]!.text, articles: articles.map((a) => a.id), support };
  return compareClaims(articles, mentions, [claim]);
}
