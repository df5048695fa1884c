import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { compareClaims } from '../compare-claims.ts';
import { loadFixture } from '../../../fixtures/compare/load-fixture.ts';

test('a statement credited only to the wire, where the others name its source, is a low-severity attribution change', () => {
  const { articles, mentions, claims } = loadFixture(fileURLToPath(new URL('../../../fixtures/compare/attribution-wire-only.json', import.meta.url)));
  const found = compareClaims(articles, mentions, claims).filter((d) => d.kind === 'attribution');
  assert.deepEqual(found.map((d) => [d.article, d.text, d.severity]), [['d', 'AFP reported', 'low']]);
  assert.match(found[0]!.message, /only to the wire/);
});
