#!/usr/bin/env node
// Runs the CLI straight from the checkout, no build step to forget: the TypeScript sources are bundled
// into .build/wiretrace.mjs (one file loads ~1 s faster than hundreds of modules compiled on the fly)
// and rebuilt whenever a source file is newer than the bundle. If bundling is impossible (read-only
// checkout), the sources run through tsx instead. The article threads' module (src/pipeline/article-worker.ts) and the
// story analysis thread's (src/pipeline/analysis-worker.ts) are bundled beside it, as .build/article-worker.mjs and
// .build/analysis-worker.mjs, where the bundled CLI starts its threads from.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const bundle = join(root, '.build/wiretrace.mjs');
const workerEntry = join(root, 'src/pipeline/article-worker.ts');
const workerBundle = join(root, '.build/article-worker.mjs');
const analysisEntry = join(root, 'src/pipeline/analysis-worker.ts');
const analysisBundle = join(root, '.build/analysis-worker.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

// Chunks of earlier builds, an hour old: every run started from those builds has long loaded them.
function removeOldChunks(dir, current) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (/^chunk-.*\.mjs$/.test(name) && !current.includes(path) && statSync(path).mtimeMs < Date.now() - 3600_000) rmSync(path, { force: true });
  }
}

async function loadMain() {
  const newest = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const fresh = [bundle, workerBundle, analysisBundle].every((file) => existsSync(file) && statSync(file).mtimeMs >= newest);
  if (!fresh && process.env.WIRETRACE_NO_BUNDLE !== '1') {
    try {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: { wiretrace: entry, 'article-worker': workerEntry, 'analysis-worker': analysisEntry }, outdir: dirname(bundle), outExtension: { '.js': '.mjs' },
        bundle: true, platform: 'node', format: 'esm', target: 'node20',
        // A module the sources import only when needed (`serve`'s server and web app, with their packages) goes into a
        // chunk of its own, loaded then; code the CLI shares with its threads goes into chunks they all import.
        splitting: true, chunkNames: 'chunk-[hash]',
        // Node has read \p{...} in a regular expression since version 10; left to its defaults, esbuild rewrites every
        // such literal as a `new RegExp(...)` compiled afresh at each call, several million times in a large bundle.
        supported: { 'regexp-unicode-property-escapes': true },
        packages: 'external', logLevel: 'silent', legalComments: 'none', write: false,
      });
      // Written aside and renamed, the chunks (named by their content) first, then the threads' modules: runs started
      // at the same moment never load a half-written bundle, nor a new CLI beside an old thread module.
      mkdirSync(dirname(bundle), { recursive: true });
      const chunks = result.outputFiles.filter((o) => ![workerBundle, analysisBundle, bundle].includes(o.path)).map((o) => o.path);
      for (const file of [...chunks, workerBundle, analysisBundle, bundle]) {
        const out = result.outputFiles.find((o) => o.path === file);
        if (!out) throw new Error(`esbuild wrote no ${file}`);
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, out.contents);
        renameSync(temp, file);
      }
      removeOldChunks(dirname(bundle), chunks);
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
