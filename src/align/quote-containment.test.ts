import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimUnit } from './claim-unit.ts';
import { unitFeatures } from './unit-features.ts';
import { lexicalSimilarity } from './lexical-similarity.ts';
import { alignClaims } from './align-claims.ts';
import { fixtureArticle } from './_fixture-article.ts';

const similarity = (a: string, b: string, ...others: string[]) => {
  const units: ClaimUnit[] = [a, b, ...others].map((text, i) => ({ article: i, start: 0, end: text.length, text, parts: [i] }));
  const f = unitFeatures(units, []);
  return lexicalSimilarity(f[0]!, f[1]!);
};

const FULL = '"We will clear the rubble, pay every family and rebuild the old market hall stone by stone," the mayor said.';

test('a quotation trimmed with an ellipsis scores as the full quotation it was cut from, whatever its credit', () => {
  const trimmed = '"We will clear the rubble … and rebuild the old market hall," Mayor Ilse Varga told a crowd outside the town hall.';
  const untrimmed = '"We will clear the rubble and rebuild the old market hall," Mayor Ilse Varga told a crowd outside the town hall.';
  const withCut = similarity(trimmed, FULL);
  assert.ok(withCut > 0.95, `trimmed ${withCut}`);
  // without the ellipsis nothing says the words were cut from this quotation: the ordinary score applies
  assert.ok(similarity(untrimmed, FULL) < 0.8, `untrimmed ${similarity(untrimmed, FULL)}`);
});

test('a trimmed quotation whose words the other sentence lacks, or that keeps too few words, gains nothing', () => {
  const other = '"We will … hire more inspectors for the harbour," the mayor said.';
  assert.ok(similarity(other, FULL) < 0.5, `${similarity(other, FULL)}`);
  const short = 'The mayor called the fire "… a disgrace" on Monday.';
  const long = 'The mayor called the fire "a disgrace and a warning to every landlord in the county" on Monday.';
  const plain = 'The mayor called the fire "a disgrace" on Monday.';
  assert.equal(similarity(short, long), similarity(plain, long));
});

test('a trimmed quotation joins the claim of the full quotation, not the sentence before it', async () => {
  // b's first sentence lacks the credit the others give, and its quote sentence carries it: the two-sentence
  // unit then looks like the others' first sentence, and used to take the trimmed quotation with it
  const articles = [
    fixtureArticle(
      'The market hall burned down on Sunday night, Mayor Ilse Varga told reporters in Dorn.\n' +
      '"We will clear the rubble, pay every family and rebuild the old market hall stone by stone," Varga said.',
      'a',
    ),
    fixtureArticle(
      'The market hall burned down on Sunday night.\n' +
      '"We will clear the rubble … and rebuild the old market hall," Mayor Ilse Varga told reporters.',
      'b',
    ),
    fixtureArticle(
      'The market hall burned down on Sunday night, Mayor Ilse Varga told reporters.\n' +
      '“We will clear the rubble, pay every family and rebuild the old market hall stone by stone,” she said.',
      'c',
    ),
  ];
  const claims = await alignClaims(articles, new Map(), { embedBudget: 0 });
  const quote = claims.find((c) => c.support.some((s) => s.article === 'a' && s.text.includes('rubble')));
  assert.ok(quote, 'no claim holds the full quotation');
  const fromB = quote.support.find((s) => s.article === 'b');
  assert.ok(fromB && fromB.text.startsWith('"We will clear the rubble …'), JSON.stringify(quote.support));
  const fire = claims.find((c) => c.support.some((s) => s.article === 'a' && s.text.includes('burned')));
  assert.deepEqual(fire?.support.find((s) => s.article === 'b')?.text, 'The market hall burned down on Sunday night.');
});
