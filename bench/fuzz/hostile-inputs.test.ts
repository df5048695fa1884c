// The in-CI fuzz: every shape of bad input from hostile-cases.ts, at CI scale, each alone and beside two good
// articles, through `extract --json` and `analyze --json --no-embeddings`, run in a worker thread under a
// watchdog. No crash, no hang, no silent loss, no unclear message. `npm run fuzz` runs thousands of these
// as child processes.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CATEGORIES, shapesOf } from './hostile-cases.ts';
import { layOutCase } from './lay-out-case.ts';
import { judgeRun, type RunResult } from './judge-run.ts';
import { startTsWorker } from './start-ts-worker.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const goods = [join(root, 'examples/harbor-bridge/01-wire.txt'), join(root, 'examples/harbor-bridge/04-meridian-tribune.html')];
// A guard against a catastrophic blow-up, far above what any run needs; never a benchmark.
const WATCHDOG_MS = 30_000;

let worker: Worker | null = null;
let nextId = 0;
const start = (): Worker => startTsWorker(new URL('./cli-worker.ts', import.meta.url));
after(() => worker?.terminate());

/** Run the CLI in the worker; a run past the watchdog terminates the worker and comes back as timed out. */
async function run(args: readonly string[]): Promise<RunResult> {
  worker ??= start();
  const current = worker;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void current.terminate();
      worker = null;
      resolve({ code: null, signal: 'SIGKILL', timedOut: true, stdout: '', stderr: '' });
    }, WATCHDOG_MS);
    const onMessage = (reply: { id: number; code: number; stdout: string; stderr: string }): void => {
      if (reply.id !== id) return;
      clearTimeout(timer);
      current.off('message', onMessage);
      resolve({ code: reply.code, signal: null, timedOut: false, stdout: reply.stdout, stderr: reply.stderr });
    };
    current.on('message', onMessage);
    current.postMessage({ id, args });
  });
}

for (const category of CATEGORIES) {
  test(`${category}: every input is in the output or named on stderr with its reason, alone and beside good articles; no crash, no hang`, async () => {
    const shapes = shapesOf(category, 'ci');
    for (const [i, shape] of shapes.entries()) {
      await fc.assert(fc.asyncProperty(shape, async (fuzzCase) => {
        const laid = await layOutCase(fuzzCase);
        try {
          const inputs = fuzzCase.inputs.map((input) => (isAbsolute(input) || /^[a-z]+:/.test(input) ? input : join(laid.dir, input)));
          for (const command of ['extract', 'analyze'] as const) {
            for (const given of [inputs, [goods[0]!, ...inputs, goods[1]!]]) {
              const args = [command, '--json', ...(command === 'analyze' ? ['--no-embeddings'] : []), ...given];
              const verdict = judgeRun(await run(args), given, fuzzCase.refusal);
              assert.deepEqual(verdict.notes, [], `${fuzzCase.shape}: ${command} ${given.length > inputs.length ? 'beside good articles' : 'alone'}`);
            }
          }
        } finally {
          await laid.remove();
        }
      }), { numRuns: 1, seed: 42 + i });
    }
  });
}
