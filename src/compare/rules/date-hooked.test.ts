import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from '../_compare-texts.ts';

const flags = (texts: Record<string, string>, published: string | null = '2026-03-12T09:00:00Z') =>
  compareFirstSentences(texts, published).map((f) => `${f.article} ${f.kind} ${f.text}`);

test('a coarser date elsewhere in the sentence does not vouch for a day the date opposite contradicts', () => {
  const found = flags({
    a: 'Unemployment in 2026 averaged between 5.1 and 5.4 percent of the workforce, the highest level since the series began in 1990, the statistics office said Wednesday.',
    b: 'This year unemployment was the highest since the series began in 1990, averaging between 5.1 and 5.4 percent of the workforce, the National Statistics Bureau said on Wednesday.',
    c: 'Unemployment reached its highest level since the series began in 1990, averaging between 5.1 and 5.4 percent of the workforce, the National Statistics Bureau said on 11 March.',
    d: "Unemployment in 2026 averaged 5.1 to 5.4 percent of the workforce, the highest level since the series began in 1990, the country's statistics office said Tuesday.",
  });
  assert.ok(found.includes('d date Tuesday'), found.join('\n'));
  assert.deepEqual(found.filter((f) => / date /.test(f) && !f.startsWith('d ')), []);
});

test('the weekday and the date of the same day agree however far apart the words before them are', () => {
  const found = flags({
    a: 'Exports fell by a tenth in 2025, the largest drop since records began, the statistics office said on Wednesday.',
    b: 'The national statistics office, which has kept figures since 1950, said on 11 March that exports fell by a tenth in 2025.',
    c: 'Exports fell by a tenth in 2025, the largest drop since records began, the statistics office said Wednesday.',
  });
  assert.deepEqual(found.filter((f) => f.includes(' date ')), []);
});
