import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORDNET_OCCUPATIONS } from './person-nouns.generated.ts';

test('WordNet occupations hold posts and trades, not contestants, kinds of origin or bodies', () => {
  for (const w of ['economist', 'postman', 'boss', 'tycoon', 'astronomer', 'mediator', 'diplomat']) assert.ok(WORDNET_OCCUPATIONS.has(w), w);
  for (const w of ['medallist', 'grandmaster', 'londoner', 'cousin', 'opposition', 'bank']) assert.ok(!WORDNET_OCCUPATIONS.has(w), w);
});

test('the generated list is what scripts/build-person-nouns.mjs makes from the pinned WordNet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'person-nouns-'));
  try {
    const out = join(dir, 'person-nouns.generated.ts');
    execFileSync(process.execPath, [new URL('../../scripts/build-person-nouns.mjs', import.meta.url).pathname, out]);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(new URL('./person-nouns.generated.ts', import.meta.url), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
