import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedOf } from '../../../fixtures/clean-text/regenerate.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/clean-text');
const cases = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

test('the clean-text fixtures exist', () => {
  assert.ok(cases.length >= 5);
});

for (const name of cases) {
  test(`cleanText fixture ${name} matches its expected output`, () => {
    const expected: unknown = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
    assert.deepEqual(expectedOf(name, readFileSync(join(dir, name), 'utf8')), expected);
  });
}
