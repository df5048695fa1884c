// Imports point one way: the command line composes the layers below it, and nothing below imports it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function modules(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    // tests and test helpers (`_name.ts`) may drive the CLI
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('_') ? [path] : [];
  });
}

test('no module outside src/cli imports from src/cli', () => {
  const wrong: string[] = [];
  for (const file of modules(src)) {
    const layer = relative(src, file).split('/')[0];
    if (layer === 'cli' || layer === 'main.ts') continue;
    for (const [, target] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
      if (/^(\.\.\/)+cli\//.test(target!)) wrong.push(`${relative(src, file)} -> ${target}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the check sees an import from src/cli', () => {
  assert.match("import { x } from '../cli/y.ts';", /^(?:import|export)[^'"]*from '((\.\.\/)+cli\/[^']+)'/m);
});
