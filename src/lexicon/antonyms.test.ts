import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordNetAntonyms } from './antonyms.ts';

test('WordNet antonyms read either way round, and only direct pairs', () => {
  assert.equal(wordNetAntonyms('rise', 'fall'), true);
  assert.equal(wordNetAntonyms('fall', 'rise'), true);
  assert.equal(wordNetAntonyms('accept', 'reject'), true);
  assert.equal(wordNetAntonyms('rise', 'climb'), false);
  assert.equal(wordNetAntonyms('give', 'take'), false, 'a converse');
});

test('the generated list is what scripts/build-antonyms.mjs makes from the pinned WordNet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antonyms-'));
  try {
    const out = join(dir, 'antonyms.generated.ts');
    execFileSync(process.execPath, [new URL('../../scripts/build-antonyms.mjs', import.meta.url).pathname, out]);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(new URL('./antonyms.generated.ts', import.meta.url), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
