import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from './ingest.ts';

// The public article-extraction benchmark: 181 real pages, gzipped, with human-written article bodies.
const bench = fileURLToPath(new URL('../../../shared/benchmarks/article-extraction/', import.meta.url));

test('real gzipped pages all read as HTML, keeping the non-ASCII words of their gold bodies (floor 0.995)', async () => {
  const gold = JSON.parse(readFileSync(`${bench}ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  const { documents, problems } = await ingest([`${bench}html`]);
  assert.deepEqual(problems, []);
  assert.equal(documents.length, readdirSync(`${bench}html`).filter((n) => n.endsWith('.html.gz')).length);
  let words = 0;
  let found = 0;
  for (const d of documents) {
    assert.equal(d.format, 'html', d.source);
    // C1 controls are what windows-1252 text read as Latin-1 turns into.
    assert.doesNotMatch(d.body, /[\u0080-\u009f]/, d.source);
    const id = /([0-9a-f]{64})\.html\.gz$/.exec(d.source)?.[1] ?? '';
    const body = d.body.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    for (const word of gold[id]?.articleBody.match(/[^\s\x00-\x7f]\S*/g) ?? []) {
      words++;
      if (body.includes(word.replace(/[.,;:!?)"”’]+$/, ''))) found++;
    }
  }
  assert.ok(words > 1000);
  assert.ok(found / words >= 0.995, `non-ASCII word recall ${(found / words).toFixed(4)}`);
});
