import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaselineUsed } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { articlesOf } from './_compare-texts.ts';
import { tagArticle } from './tag/tag-article.ts';
import { checkAnchoredDates } from './check-anchored-dates.ts';

// An act dated otherwise than the source dates it, wherever each sentence sits.

function redated(wire: string, other: string): string[] {
  const articles = articlesOf({ wire, other }, '2027-10-14T09:00:00Z');
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, a.published), order)]));
  const baseline: BaselineUsed = { mode: 'wire', article: 'wire', label: 'the wire' };
  const unique = articles.map((a) => spanOf(a.id, a.text, 0, a.text.length));
  return checkAnchoredDates(tagged, baseline, [], unique).map(({ finding: f }) => `${f.span.text} / ${f.versus[0]!.text}`);
}

test('an act the source dates one day, dated another in a sentence told otherwise, is a changed date', () => {
  const found = redated(
    'Plastic was found in 58 of 62 liver samples, according to a study published on Wednesday. The authors urged more research.',
    'The authors urged more research. In a study published on Tuesday, researchers reported plastic in most liver samples.',
  );
  assert.deepEqual(found, ['on Tuesday / on Wednesday']);
});

test('a party speaking on another day, or an act the source also dates to that day, is no change', () => {
  // verbs of saying date a statement, and a party speaks on many days
  assert.deepEqual(redated('The ministry said on Wednesday that exports would halt.', 'Exports will halt, the ministry said on Tuesday.'), []);
  // the source gives the outlet's day too: two acts, two days
  assert.deepEqual(redated('The pipe was closed on Tuesday and the study published on Wednesday.', 'The study, published on Tuesday, found traces.'), []);
});
