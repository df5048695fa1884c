import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleTasks } from './article-tasks.ts';
import { spawnModuleThread } from './spawn-module-thread.ts';

/*
 * The per-article stages (cleaning, mentions, tags) on worker threads, so a large bundle uses every core while the
 * main thread waits or does work of its own (each thread loads `article-worker`: `spawnModuleThread`).
 */

/**
 * Fewest items worth sending to the threads. A thread costs ~0.5 s of a core to start and as much again to warm up
 * each stage's code; an article ~3 ms to clean, ~2 ms for its mentions, ~4 ms for its tags. On an idle second core the
 * threads repay that from ~600 articles; with the machine busy, later still.
 */
const MIN_ITEMS = 1000;
/** Most threads: each holds its own copy of the lexicons and the tagger's model. */
const MAX_THREADS = 4;

type Input<K extends keyof ArticleTasks> = Parameters<ArticleTasks[K]>[0];
type Output<K extends keyof ArticleTasks> = ReturnType<ArticleTasks[K]>;

/** A pool of article threads, started when first given work; stop() ends them. */
export interface ArticleWorkers {
  /** The number of threads. */
  readonly threads: number;
  /** Whether `items` items are worth the threads: more than one thread, and enough items. */
  readonly takes: (items: number) => boolean;
  /** Threads alive now: those with work given and not yet answered. */
  readonly running: () => number;
  /** Threads started so far. */
  readonly started: () => number;
  /** Run one batch on the least busy thread (batches queue there: a busy main thread need not hand them out). */
  readonly run: <K extends keyof ArticleTasks>(task: K, input: Input<K>) => Promise<Output<K>>;
  readonly stop: () => Promise<void>;
}

/** How many threads, from how many items on, and (for tests) the thread's source. */
export interface ArticleWorkerOptions {
  readonly threads?: number;
  readonly minItems?: number;
  readonly source?: string;
}

interface Reply {
  readonly id: number;
  readonly output?: unknown;
  readonly error?: { readonly message: string; readonly stack: string };
}

interface Waiter {
  readonly task: string;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, Waiter>;
}

/**
 * A pool of at most `threads` article threads (default: the cores available, at most 4). A thread starts when work
 * comes and ends as soon as it has none left, so no thread holds memory through the stages that do not use them
 * (each stage gives the pool all its batches at once). Not a thread that waits a while for more: the main thread is
 * busy for seconds at a time, and a timer to end the waiting one would only run once it is free again.
 */
export function startArticleWorkers(options: ArticleWorkerOptions = {}): ArticleWorkers {
  const threads = Math.max(1, options.threads ?? Math.min(availableParallelism(), MAX_THREADS));
  const minItems = options.minItems ?? MIN_ITEMS;
  const pool: Thread[] = [];
  const ending = new Set<Promise<number>>();
  let stopped = false;
  let broken: Error | null = null;
  let nextId = 0;
  let count = 0;
  // A thread that fails or ends unasked is out of the pool, and what it was given fails, as does all later work: a
  // batch left waiting on a thread that will never answer would leave the run hanging, or ending with its work undone.
  const lose = (thread: Thread, error: Error): void => {
    const at = pool.indexOf(thread);
    if (at < 0) return;
    pool.splice(at, 1);
    for (const waiter of thread.pending.values()) waiter.reject(error);
    thread.pending.clear();
    broken ??= error;
  };
  // A thread with nothing left to do ends; it keeps the process alive until it has (a process that ended first would
  // leave `stop()` unsettled, and the CLI would exit with code 13, "unsettled top-level await").
  const retire = (thread: Thread): void => {
    const at = pool.indexOf(thread);
    if (at < 0 || thread.pending.size > 0) return;
    pool.splice(at, 1);
    thread.worker.ref();
    const exited = thread.worker.terminate();
    ending.add(exited);
    void exited.finally(() => ending.delete(exited));
  };
  const spawn = (): Thread => {
    const worker = spawnModuleThread('article-worker', options.source);
    const thread: Thread = { worker, pending: new Map() };
    pool.push(thread);
    count++;
    worker.on('message', (reply: Reply) => {
      const waiter = thread.pending.get(reply.id);
      if (!waiter) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) retire(thread);
      if (reply.error) waiter.reject(new Error(`An article thread failed at "${waiter.task}": ${reply.error.message}`, { cause: Object.assign(new Error(reply.error.message), { stack: reply.error.stack }) }));
      else waiter.resolve(reply.output);
    });
    worker.on('error', (error) => lose(thread, new Error(`An article thread failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => lose(thread, new Error(`An article thread stopped (exit code ${code})`)));
    return thread;
  };
  const run = <K extends keyof ArticleTasks>(task: K, input: Input<K>): Promise<Output<K>> => {
    if (stopped) return Promise.reject(new Error('The article threads were stopped'));
    if (broken) return Promise.reject(broken);
    const thread = pool.length < threads ? spawn() : pool.reduce((best, t) => (t.pending.size < best.pending.size ? t : best));
    const id = nextId++;
    const reply = new Promise<Output<K>>((resolve, reject) => thread.pending.set(id, { task, resolve: resolve as (output: unknown) => void, reject }));
    thread.worker.postMessage({ id, task, input });
    return reply;
  };
  return {
    threads,
    takes: (items) => threads >= 2 && items >= minItems,
    running: () => pool.length,
    started: () => count,
    run,
    stop: async () => {
      stopped = true;
      await Promise.all([...pool.map((t) => t.worker.terminate()), ...ending]);
    },
  };
}
