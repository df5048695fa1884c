import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scorePairsForEvaluation, type LabelledPair } from './_evaluate-pairs.ts';

const path = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/align/pairs.jsonl');
const rows = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LabelledPair);

// Floors measured on fixtures/align/pairs.jsonl; raise them when alignment improves, never lower them quietly.
test('pair decisions on wording alone keep their score floor', async (t) => {
  const result = await scorePairsForEvaluation(rows, { embedBudget: 0 });
  t.diagnostic(`wording alone: precision ${result.precision.toFixed(3)} recall ${result.recall.toFixed(3)}`);
  assert.ok(result.precision >= 0.5, `precision ${result.precision}`);
  assert.ok(result.recall >= 0.6, `recall ${result.recall}`);
  assert.equal(result.byKind['negative']?.correct, result.byKind['negative']?.total, 'unrelated sentences are never linked');
});
