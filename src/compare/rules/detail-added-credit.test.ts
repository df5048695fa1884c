import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

test('the cue of a credit beside a verb ("injured, according to the fire service") is no added action', () => {
  const found = compareFirstSentences({
    a: 'The blast left four workers dead and nine injured, the fire service said.',
    b: 'The blast left four workers dead and nine injured, the fire service said on Monday.',
    c: 'The fire service said the blast left four workers dead and nine injured.',
    d: 'The blast left four workers dead and nine injured, according to the fire service.',
  }).map((f) => `${f.article} ${f.kind} ${f.text}`);
  assert.deepEqual(found.filter((f) => f.includes('detail_added')), []);
});

test('an action no other outlet reports, beside the shared one, is still an added detail', () => {
  const found = compareFirstSentences({
    a: 'Police arrested the driver at the scene on Monday.',
    b: 'Police arrested the driver at the scene on Monday, officials said.',
    c: 'Police arrested the driver at the scene on Monday, a spokesman said.',
    d: 'Police arrested and handcuffed the driver at the scene on Monday.',
  }).map((f) => `${f.article} ${f.kind} ${f.text}`);
  assert.ok(found.some((f) => f.startsWith('d detail_added')), found.join('\n'));
});
