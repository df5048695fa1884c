import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutletStoryRows } from '../store/read-outlet.ts';
import { outletRecord } from './outlet-record.ts';

const story = (key: string, hours: Record<string, number | null>, extra: Partial<OutletStoryRows> = {}): OutletStoryRows => ({
  id: key.length,
  key,
  articles: Object.entries(hours).map(([outlet, h]) => ({
    ref: `${key}-${outlet}`, outlet, title: `${outlet} on ${key}`, published: h === null ? null : new Date(Date.UTC(2026, 2, 4, 6) + h * 3_600_000).toISOString(),
  })),
  analysis: null,
  ...extra,
});

test('an outlet\'s record: findings on its articles by kind, wire copies, first or late by outlet', () => {
  const withAnalysis = story('bridge', { Wire: 0, Daily: 2.5, Post: 1 }, {
    analysis: {
      id: 7,
      refs: [{ ref: 'bridge-Wire', outlet: 'Wire' }, { ref: 'bridge-Daily', outlet: 'Daily' }, { ref: 'old-daily', outlet: ' daily ' }, { ref: 'bridge-Post', outlet: 'Post' }],
      findings: [
        { article: 'bridge-Daily', kind: 'number' }, { article: 'bridge-Daily', kind: 'number' }, { article: 'old-daily', kind: 'hedge' },
        { article: 'bridge-Post', kind: 'framing' },
      ],
      copies: [{ version: 'bridge-Wire', copies: [{ article: 'bridge-Daily', how: 'prefix', share: 0.8 }] }],
      baseline: { mode: 'wire', article: 'bridge-Wire', label: 'the wire', why: 'wire copy' },
    },
  });
  const first = story('quake', { Daily: 0, Wire: 3 });
  const undated = story('fair', { Daily: null, Post: 1 });
  const record = outletRecord('DAILY', [withAnalysis, first, undated]);
  assert.equal(record.outlet, 'Daily');
  assert.deepEqual([record.stories, record.articles], [3, 3]);
  assert.deepEqual(record.findings, { number: 2, hedge: 1 });
  assert.deepEqual([record.wireRuns, record.first, record.late, record.medianHoursLate], [1, 1, 1, 2.5]);
  const bridge = record.perStory.find((s) => s.story === 'bridge')!;
  assert.deepEqual([bridge.rank, bridge.outlets, bridge.hoursAfterFirst, bridge.wireCopy, bridge.isWire, bridge.analysis], [3, 3, 2.5, 'prefix', false, 7]);
  assert.deepEqual(record.perStory.map((s) => s.story), ['bridge', 'quake', 'fair'], 'latest first, undated last');
  const wire = outletRecord('Wire', [withAnalysis]);
  assert.deepEqual([wire.perStory[0]!.isWire, wire.perStory[0]!.wireCopy, wire.perStory[0]!.rank], [true, null, 1]);
  assert.equal(outletRecord('Post', [withAnalysis]).perStory[0]!.wireCopy, null);
});
