import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareClaims } from './compare-claims.ts';
import { loadFixture } from '../../fixtures/compare/load-fixture.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/compare');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  test(`compare fixture ${file}`, () => {
    const { fixture, articles, mentions, claims } = loadFixture(join(dir, file));
    const found = compareClaims(articles, mentions, claims);
    const shown = found.map((d) => `${d.article} ${d.kind} "${d.text}": ${d.message}`).join('\n');
    for (const e of fixture.expected) {
      const text = articles.find((a) => a.id === e.outlet)!.text;
      const at = text.indexOf(e.text);
      assert.ok(at >= 0, `fixture words "${e.text}" are not in ${e.outlet}`);
      const hit = found.find((d) => d.article === e.outlet && d.kind === e.kind && d.start < at + e.text.length && at < d.end);
      assert.ok(hit, `expected ${e.kind} on ${e.outlet} "${e.text}"; found:\n${shown}`);
    }
    const extra = found.filter((d) => !fixture.expected.some((e) => e.outlet === d.article && e.kind === d.kind));
    assert.deepEqual(extra.map((d) => `${d.article} ${d.kind} "${d.text}"`), [], `unexpected findings:\n${shown}`);
    for (const d of found) {
      const article = articles.find((a) => a.id === d.article)!;
      assert.equal(article.text.slice(d.start, d.end), d.text);
      for (const s of d.versus) assert.equal(articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end), s.text);
    }
  });
}
