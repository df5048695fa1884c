import { Worker } from 'node:worker_threads';

/*
 * A thread that loads one module of this folder: a few lines of JavaScript evaluated from a string import it, from the
 * sources through tsx's loader (workers do not take `--import` loaders in Node 20), from the bundled CLI the bundle
 * `bin/wiretrace.js` builds beside the CLI's own (`<name>.mjs` in .build/). The article threads
 * (`startArticleWorkers`) and the story analysis thread (`startAnalysisThread`) start theirs here.
 */
const here = import.meta.url;
const fromSources = here.endsWith('.ts');
// (no require: the source is read as a module when the process was started with --input-type=module)
const THREAD_SOURCE = `
import('node:worker_threads').then(async ({ workerData }) => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.module);
});
`;

/** A new thread running the module `name` of this folder (`source`: the thread's code in its place, for tests). */
export function spawnModuleThread(name: string, source?: string): Worker {
  const workerData = {
    module: new URL(fromSources ? `./${name}.ts` : `./${name}.mjs`, here).href,
    tsx: fromSources ? import.meta.resolve('tsx/esm/api') : null,
  };
  return new Worker(source ?? THREAD_SOURCE, { eval: true, workerData });
}
