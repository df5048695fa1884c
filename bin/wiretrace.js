#!/usr/bin/env node
// Runs the CLI straight from the checkout, no build step to forget: the TypeScript sources are bundled
// into .build/wiretrace.mjs (one file loads ~1 s faster than hundreds of modules compiled on the fly)
// and rebuilt whenever a source file is newer than the bundle. If bundling is impossible (read-only
// checkout), the sources run through tsx instead.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const bundle = join(root, '.build/wiretrace.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function loadMain() {
  const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs);
  if (!fresh && process.env.WIRETRACE_NO_BUNDLE !== '1') {
    try {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20',
        packages: 'external', logLevel: 'silent', legalComments: 'none', write: false,
      });
      // Written aside and renamed: runs started at the same moment never load a half-written bundle.
      mkdirSync(dirname(bundle), { recursive: true });
      const temp = `${bundle}.${process.pid}.tmp`;
      writeFileSync(temp, result.outputFiles[0].contents);
      renameSync(temp, bundle);
      return (await import(pathToFileURL(bundle).href)).main;
    } catch {
      // Fall through to the sources.
    }
  } else if (fresh && process.env.WIRETRACE_NO_BUNDLE !== '1') {
    return (await import(pathToFileURL(bundle).href)).main;
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import(pathToFileURL(entry).href)).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
