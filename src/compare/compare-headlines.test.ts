import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Claim, Mention } from '../model/index.ts';
import { spannedText } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { fixtureArticle } from '../align/_fixture-article.ts';
import { compareStory } from './compare-claims.ts';

// A wire and its rewrites, each with a headline; the first sentence of every text is one claim.
function headlines(items: { id: string; outlet: string; title: string; text: string }[]): string[] {
  const articles: Article[] = items.map((x, k) => ({
    ...fixtureArticle(x.text, x.id),
    outlet: x.outlet,
    title: x.title,
    published: `2026-05-0${k + 1}T10:00:00Z`,
  }));
  const mentions = new Map<string, readonly Mention[]>(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
  const support = articles.map((a) => ({ article: a.id, start: a.sentences[0]!.start, end: a.sentences[0]!.end, text: a.text.slice(a.sentences[0]!.start, a.sentences[0]!.end) }));
  const claim: Claim = { id: 'c', text: support[0]!.text, articles: articles.map((a) => a.id), support };
  const { divergences } = compareStory(articles, mentions, [claim]);
  const heads = divergences.filter((d) => d.field === 'title');
  for (const d of heads) assert.equal(spannedText(articles.find((a) => a.id === d.article)!, d).slice(d.start, d.end), d.text);
  return heads.map((d) => `${d.article} ${d.kind} ${d.text}`);
}

const WIRE = 'The Orlen county council has suspended work on the new Tarrow ring road after inspectors found at least 14 cracked support beams, officials said on Tuesday. The council said the beams may need to be replaced.';
const REWRITE = 'Orlen county has suspended work on the Tarrow ring road after inspectors found at least 14 cracked support beams, officials said. A decision on the beams is expected next month.';

test('a headline that tells another event than the story it tops is a finding in the title', () => {
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends Tarrow ring road work over cracked beams', text: WIRE },
    { id: 'daily', outlet: 'Daily Post', title: 'Orlen council axes Tarrow ring road over cracked beams', text: REWRITE },
  ]), ['daily meaning axes']);
});

test('a headline figure the story does not give is a finding; one it gives in another sentence is not', () => {
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends ring road work over cracked beams', text: `${WIRE} The road was to cost 40 million euros.` },
    { id: 'daily', outlet: 'Daily Post', title: 'Orlen halts ring road work after inspectors find 41 cracked beams', text: REWRITE },
    { id: 'note', outlet: 'Note', title: 'Orlen halts 40 million euro ring road after inspectors find cracked beams', text: REWRITE },
  ]), ['daily number 41']);
});

test('a headline day the story does not give is a finding; one it gives in another sentence is not', () => {
  const wire = 'The Orlen county council suspended work on the Tarrow ring road on Tuesday after inspectors found cracked support beams, officials said. Work will resume on June 3 and 5 if the beams pass new tests.';
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends Tarrow ring road work on Tuesday', text: wire },
    { id: 'daily', outlet: 'Daily Post', title: 'Orlen council suspends Tarrow ring road work until 3 and 5 June', text: REWRITE },
    { id: 'note', outlet: 'Note', title: 'Orlen council suspends Tarrow ring road work until 4 June', text: REWRITE },
  ]), ['note date 4 June']);
});

test('a headline is judged for saying more than its story, not for the compression of headline style', () => {
  // "14 cracked beams" for "at least 14", a "may" put in: shorter or more careful, nothing the story does not say
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends ring road work over cracked beams', text: WIRE },
    { id: 'daily', outlet: 'Daily Post', title: 'Orlen suspends ring road work after inspectors find 14 cracked beams', text: REWRITE },
    { id: 'calm', outlet: 'Calm News', title: 'Orlen may have suspended ring road work after inspectors found cracked beams', text: REWRITE },
  ]), []);
});

test('a headline that tells no claim of the story is left alone', () => {
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends ring road work', text: WIRE },
    { id: 'daily', outlet: 'Daily Post', title: 'Live: all the latest news from the region', text: REWRITE },
  ]), []);
});

test('a "title" longer than any headline (page text caught in the title field) is not compared', () => {
  const flood = `Orlen council axes Tarrow ring road ${'<p'.repeat(300)}`;
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends Tarrow ring road work over cracked beams', text: WIRE },
    { id: 'daily', outlet: 'Daily Post', title: flood, text: REWRITE },
  ]), []);
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends Tarrow ring road work over cracked beams', text: WIRE },
    { id: 'daily', outlet: 'Daily Post', title: 'Orlen council axes Tarrow ring road over cracked beams', text: REWRITE },
  ]), ['daily meaning axes']);
});

test('a headline that tells no one claim still frames the story with a loaded word the source never uses', () => {
  assert.deepEqual(headlines([
    { id: 'wire', outlet: 'Reuters', title: 'Orlen council suspends Tarrow ring road work over cracked beams', text: WIRE },
    { id: 'daily', outlet: 'Daily Post', title: 'ROAD FIASCO: bungling bosses leave commuters stuck', text: REWRITE },
    // the source's own words frame nothing: "cracked" is the wire's
    { id: 'note', outlet: 'Note', title: 'Cracked: county stops the works', text: REWRITE },
  ]), ['daily framing FIASCO', 'daily framing bungling', 'daily framing bosses']);
});
