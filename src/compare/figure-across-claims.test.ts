// A measure read story-wide: an outlet's figure of a measure (its unit, or the noun it counts) set against the one
// figure the source gives that measure, wherever the sentences were seated (findChangedFigures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlesOf } from './_compare-texts.ts';
import { spanOf } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { tagArticle } from './tag/tag-article.ts';
import { chooseSource } from './choose-source.ts';
import { compareOutsideClaims } from './compare-claims.ts';

// An outlet named after a wire agency is the source.
const WIRE = 'Reuters';

// The number changes found in outlet b's second sentence, an outlet-only passage read against the source.
function numbers(wire: string, b: string): string[] {
  const articles = articlesOf({ [WIRE]: wire, b });
  const tagged = new Map(articles.map((a, order) => [a.id, tagArticle(a, extractMentions(a.text, a.sentences, null), order)]));
  const byId = new Map(articles.map((article, order) => [article.id, { article, order }]));
  const outlet = articles.find((a) => a.id === 'b')!;
  const passage = spanOf('b', outlet.text, outlet.sentences[1]!.start, outlet.sentences[1]!.end);
  return compareOutsideClaims([passage], [], tagged, byId, [], chooseSource(articles)).filter((d) => d.kind === 'number').map((d) => `${d.text} | ${d.versus[0]?.text}`);
}

const WIRE_TEXT = 'A rockfall closed the valley railway on Tuesday. Commuters and schoolchildren were left stranded in the dark for up to six hours, the operator said. At least 40 engineers worked through the night to clear the line.';
const OPENING = 'A rockfall closed the valley railway on Tuesday.';

test("the source's one figure of a measure, told at another value in a sentence of the outlet's own", () => {
  assert.deepEqual(numbers(WIRE_TEXT, `${OPENING} Schoolchildren huddled in carriages for up to nine hours as rescuers dug.`), ['nine | six']);
  assert.deepEqual(numbers(WIRE_TEXT, `${OPENING} Rail bosses sent at least 90 engineers to clear the rubble overnight.`), ['90 | 40']);
});

test('the same figure, a measure the source gives twice, or one told alike in nothing more, is no change', () => {
  assert.deepEqual(numbers(WIRE_TEXT, `${OPENING} Schoolchildren huddled in carriages for up to six hours as rescuers dug.`), []);
  assert.deepEqual(numbers(`${WIRE_TEXT} Repairs could take up to eight hours.`, `${OPENING} Schoolchildren huddled in carriages for up to nine hours as rescuers dug.`), []);
  // an "about" alone ties no two figures
  assert.deepEqual(numbers(`${WIRE_TEXT} The railway runs about 60 trains a day.`, `${OPENING} About 90 trains were cancelled.`), []);
  // another duration with no bound and no word in common: another fact
  assert.deepEqual(numbers(WIRE_TEXT, `${OPENING} Buses ran a replacement service for three hours.`), []);
});
