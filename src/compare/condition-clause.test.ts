import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFirstSentences } from './_compare-texts.ts';

test('a condition opened by a function word ("if", "as long as") goes with its clause: dropping the clause drops the condition', () => {
  const found = compareFirstSentences({
    a: 'The chief financial officer said the cuts could lift margins by the end of 2028 if copper prices hold.',
    b: 'The chief financial officer said the cuts could lift margins by the end of 2028 if copper prices hold.',
    c: 'The chief financial officer said the cuts could lift margins by the end of 2028.',
  });
  const dropped = found.filter((f) => f.article === 'c' && f.kind === 'detail_dropped');
  assert.equal(dropped.length, 1, JSON.stringify(found, null, 1));
  assert.match(dropped[0]!.message, /condition .*"if copper prices hold"/);
});

test('the same condition told with another marker is no drop', () => {
  const found = compareFirstSentences({
    a: 'The chief financial officer said the cuts could lift margins by the end of 2028 if copper prices hold.',
    b: 'The chief financial officer said the cuts could lift margins by the end of 2028 as long as copper prices hold.',
    c: 'The chief financial officer said the cuts could lift margins by the end of 2028 provided copper prices hold.',
  });
  assert.deepEqual(found.filter((f) => f.kind === 'detail_dropped'), []);
});
