// The regex audit: every function holding patterns that input text reaches (audited-patterns.ts) is run on
// adversarial texts of 1 MB (runs of spaces, one long word, repeated label prefixes, "<" floods, Title-Case
// slugs, ...) in a worker under a watchdog. The watchdog guards against catastrophic backtracking (minutes
// or hours); it is not a benchmark. A second test checks that the list covers every file with a pattern.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../bench/fuzz/start-ts-worker.ts';
import { ADVERSARIAL, AUDITED, NOT_ON_INPUT } from './audited-patterns.ts';

const WATCHDOG_MS = 8_000;
const root = fileURLToPath(new URL('../../', import.meta.url));

let worker: Worker | null = null;
let nextId = 0;
after(() => worker?.terminate());

async function runAudited(audited: number, text: string, watchdogMs = WATCHDOG_MS): Promise<{ ms: number; error: string | null } | 'watchdog'> {
  if (!worker) {
    worker = startTsWorker(new URL('./audit-worker.ts', import.meta.url));
    // a new worker (the first, or one started after the watchdog stopped the last) loads the modules on its first
    // call: that call is not timed against the watchdog
    await send(worker, AUDITED.findIndex((a) => a.name === 'cleanText'), 'one long word', 10 * 60_000);
  }
  return send(worker, audited, text, watchdogMs);
}

function send(current: Worker, audited: number, text: string, watchdogMs: number): Promise<{ ms: number; error: string | null } | 'watchdog'> {
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void current.terminate();
      worker = null;
      resolve('watchdog');
    }, watchdogMs);
    const onMessage = (reply: { id: number; ms: number; error: string | null }): void => {
      if (reply.id !== id) return;
      clearTimeout(timer);
      current.off('message', onMessage);
      resolve(reply);
    };
    current.on('message', onMessage);
    current.postMessage({ id, audited, text });
  });
}

test('every audited pattern answers on 1 MB adversarial texts before the watchdog, without throwing', { timeout: 30 * 60_000 }, async () => {
  const failures: string[] = [];
  for (const [i, audited] of AUDITED.entries()) {
    for (const text of Object.keys(ADVERSARIAL)) {
      const watchdogMs = audited.watchdogMs ?? WATCHDOG_MS;
      const result = await runAudited(i, text, watchdogMs);
      if (result === 'watchdog') failures.push(`${audited.name} on ${text}: still running after ${watchdogMs / 1000} s`);
      else if (result.error !== null) failures.push(`${audited.name} on ${text}: threw ${result.error}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('the audit lists every source file with a regular expression on the path of input text', () => {
  const covered = [...AUDITED.flatMap((a) => a.covers), ...Object.keys(NOT_ON_INPUT)];
  const unlisted: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('_')) {
        const file = relative(root, path);
        const source = readFileSync(path, 'utf8');
        const hasPattern = /new RegExp\(|(?:^|[=(,:;!&|?{}[]|return)\s*\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[dgimsuy]*/m.test(source);
        if (hasPattern && !covered.some((c) => file === c || (c.endsWith('/') && file.startsWith(c)))) unlisted.push(file);
      }
    }
  };
  walk(join(root, 'src'));
  assert.deepEqual(unlisted, []);
});
