// Score floors for `npm run bench:attribution` on PolNeAR's test split: measured figure minus 0.02.
// Raise a floor when the extractor improves; never lower one quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predictSplit, readGold, scoreSpans } from './attribution-score.ts';
import { loadSegmenter } from './load-segmenter.ts';

const FLOORS = { source: { overlap: 0.68, exact: 0.56 }, cue: { overlap: 0.66, exact: 0.51 } };

test('brat spans, discontinuous ones included, are read as fragments', () => {
  const gold = readGold('T1\tSource 0 5;9 12\tAnna Lee\nT2\tCue 6 8\tsaid\nT3\tContent 13 20\tx\nE1\tAttribution:T2 Cue:T2\n');
  assert.deepEqual(gold.source, [[{ start: 0, end: 5 }, { start: 9, end: 12 }]]);
  assert.deepEqual(gold.cue, [[{ start: 6, end: 8 }]]);
});

test('overlap matching uses each gold and each prediction once', () => {
  const doc = { name: 'x', text: '', gold: { source: [[{ start: 0, end: 10 }], [{ start: 20, end: 30 }]], cue: [] }, predicted: { source: [{ start: 2, end: 4 }, { start: 5, end: 8 }, { start: 0, end: 10 }], cue: [] } };
  const score = scoreSpans([doc], 'source');
  assert.equal(score.overlap.recall, 0.5);
  assert.equal(score.overlap.precision, 1 / 3);
  assert.equal(score.exact.precision, 1 / 3);
});

test('PolNeAR test split stays above its floors', async () => {
  const docs = predictSplit('test', await loadSegmenter());
  for (const type of ['source', 'cue'] as const) {
    const score = scoreSpans(docs, type);
    assert.ok(score.overlap.f1 >= FLOORS[type].overlap, `${type} overlap F1 ${score.overlap.f1.toFixed(3)} < ${FLOORS[type].overlap}`);
    assert.ok(score.exact.f1 >= FLOORS[type].exact, `${type} exact F1 ${score.exact.f1.toFixed(3)} < ${FLOORS[type].exact}`);
  }
});
