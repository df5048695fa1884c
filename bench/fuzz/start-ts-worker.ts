import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module: a few lines of JavaScript register tsx's loader in the
 * worker, then import the module (workers do not take `--import` loaders from `execArgv` in Node 20).
 */
export function startTsWorker(module: URL): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(source, { eval: true });
}
