import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flags } from './_compare-texts.ts';

const SIDE = 'Visitor numbers at the reef fell 6 percent last year, the same year the worst bleaching on record was reported.';

test('a verb of moving with a direction asserts a cause the base only sets beside the effect', () => {
  const found = flags({ a: SIDE, b: SIDE, c: 'The worst bleaching on record drove visitor numbers at the reef down 6 percent last year.' });
  assert.ok(found.some((f) => f.startsWith('c meaning drove')), found.join('\n'));
});

test('"prompted" asserts a cause where the base tells one event after the other', () => {
  const base = 'Police opened an investigation in March, weeks after the club reported irregular betting on two matches.';
  const found = flags({ a: base, b: base, c: 'The club reported irregular betting on two matches, which prompted police to open an investigation in March.' });
  assert.ok(found.some((f) => f.startsWith('c meaning prompted')), found.join('\n'));
});

test('a cause every wording tells is no finding', () => {
  const caused = 'The worst bleaching on record drove visitor numbers at the reef down 6 percent last year.';
  const found = flags({ a: caused, b: caused, c: caused.replace('drove visitor numbers at the reef down', 'pushed visitor numbers at the reef down') });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});

test('a verb of moving without a direction is no cause ("sent a team")', () => {
  const base = 'The agency sent eight epidemiologists to the region to support local staff.';
  const found = flags({ a: base, b: base, c: 'The agency sent a team of eight epidemiologists to the region to support local staff.' });
  assert.deepEqual(found.filter((f) => f.includes(' meaning ')), []);
});
