import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaselineUsed } from '../model/index.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { articlesOf } from './_compare-texts.ts';
import { tagArticle } from './tag/tag-article.ts';
import { checkMagnitudes } from './check-misprints.ts';

// A word of magnitude ("dozens of", "hundreds of") counting what the source counts only with smaller figures,
// wherever either article tells it: the count inflated.

function magnitudes(wire: string, other: string): string[] {
  const articles = articlesOf({ wire, other });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, a.published), order)]));
  const baseline: BaselineUsed = { mode: 'wire', article: 'wire', label: 'the wire' };
  const unique = articles.map((a) => spanOf(a.id, a.text, 0, a.text.length));
  return checkMagnitudes(tagged, baseline, [], unique).map(({ finding: f }) => `${f.kind}: ${f.span.text} / ${f.versus[0]!.text}`);
}

test('a word of magnitude counting what the source counts with a smaller figure is a changed quantity', () => {
  assert.deepEqual(
    magnitudes('The agency said on Tuesday it will suspend 14 bus routes from December. Fares will not change.', 'Fares stay the same. Bosses are axing dozens of bus routes across the city.'),
    ['quantifier: dozens of bus routes / 14 bus routes'],
  );
  assert.deepEqual(
    magnitudes('Eleven other patients developed liver injury, the company said.', 'Hundreds of patients were left with liver damage.'),
    ['quantifier: Hundreds of patients / Eleven other patients'],
  );
});

test('a word of magnitude the figures allow, counting a part of a larger whole, or counting something else is no finding', () => {
  // the figure is one the word stands for
  assert.deepEqual(magnitudes('The agency will suspend 36 bus routes from December.', 'Bosses are axing dozens of bus routes.'), []);
  // a larger whole the outlet counts a part of
  assert.deepEqual(magnitudes('About 11,000 of the 15,400 state schools were shut.', 'Hundreds of schools stayed open.'), []);
  // another thing counted, and a rate against a count
  assert.deepEqual(magnitudes('The agency will suspend 14 bus routes from December.', 'Dozens of drivers have quit.'), []);
  assert.deepEqual(magnitudes('The review flagged 17 games.', 'Platforms report millions of games a day.'), []);
  // the source counts it with a word of magnitude too
  assert.deepEqual(magnitudes('The agency will suspend 14 bus routes and dozens of routes will run less often.', 'Dozens of bus routes are being cut.'), []);
});
