import type { Worker } from 'node:worker_threads';
import { spawnModuleThread } from './spawn-module-thread.ts';
import type { Article, Report } from '../model/index.ts';

/*
 * A story's analysis on a thread of its own, so a server answers requests while a story is analysed (0.1-2 s of CPU a
 * story, which on the server's thread every request waited for). The thread loads `analysis-worker`
 * (`spawnModuleThread`, as the article threads do).
 */

/** How a story is analysed on the thread: `analyzeStored`'s options that cross a thread (no sentence model: 0). */
export interface ThreadAnalysis {
  readonly embedBudget?: number;
  readonly onWarning?: (message: string) => void;
  /** Abandon the analysis: it fails with an AbortError, and a thread busy with it is ended (the next starts a new one). */
  readonly signal?: AbortSignal;
}

/** One analysis thread, started when first given a story and kept for the next; stop() ends it. */
export interface AnalysisThread {
  /** The report `analyzeStored` makes of these versions, made on the thread (stories queue there, one at a time). */
  readonly analyze: (versions: readonly Article[], options: ThreadAnalysis) => Promise<Report>;
  /** End the thread: the analyses given and not yet done fail, later ones are refused. */
  readonly stop: () => Promise<void>;
}

interface Reply {
  readonly id: number;
  readonly report?: Report;
  readonly warning?: string;
  readonly error?: { readonly message: string; readonly stack: string };
}

interface Waiter {
  readonly onWarning: ((message: string) => void) | undefined;
  readonly resolve: (report: Report) => void;
  readonly reject: (error: Error) => void;
}

/**
 * An analysis thread (`source`: the thread's code, for tests). A thread that fails or ends unasked fails the analyses
 * it held and is replaced by a new one for the next; an idle thread does not keep the process alive.
 */
export function startAnalysisThread(options: { readonly source?: string } = {}): AnalysisThread {
  let worker: Worker | null = null;
  const pending = new Map<number, Waiter>();
  let nextId = 0;
  let stopped = false;
  // what ended the thread, said to the analyses it held
  const lose = (thread: Worker, error: Error): void => {
    if (worker !== thread) return;
    worker = null;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  const spawn = (): Worker => {
    const thread = spawnModuleThread('analysis-worker', options.source);
    thread.on('message', (reply: Reply) => {
      const waiter = pending.get(reply.id);
      if (!waiter) return;
      if (reply.warning !== undefined) {
        waiter.onWarning?.(reply.warning);
        return;
      }
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if (reply.error) waiter.reject(new Error(reply.error.message, { cause: Object.assign(new Error(reply.error.message), { stack: reply.error.stack }) }));
      else waiter.resolve(reply.report!);
    });
    thread.on('error', (error) => lose(thread, new Error(`The analysis thread failed: ${error.message}`, { cause: error })));
    thread.on('exit', (code) => lose(thread, new Error(`The analysis thread stopped (exit code ${code})`)));
    return thread;
  };
  return {
    analyze: (versions, { embedBudget, onWarning, signal }) => {
      if (stopped) return Promise.reject(new Error('The analysis thread was stopped'));
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      const thread = (worker ??= spawn());
      const id = nextId++;
      const reply = new Promise<Report>((resolve, reject) => pending.set(id, { onWarning, resolve, reject }));
      thread.ref();
      thread.postMessage({ id, versions, ...(embedBudget !== undefined && { embedBudget }) });
      if (!signal) return reply;
      // abandoned: the thread, busy with it or with stories before it, is ended, and the others it held fail as well
      const abandon = (): void => {
        if (!pending.has(id)) return;
        const waiter = pending.get(id)!;
        pending.delete(id);
        waiter.reject(signal.reason as Error);
        lose(thread, new Error('The analysis thread was ended: an analysis it held was abandoned'));
        void thread.terminate();
      };
      signal.addEventListener('abort', abandon, { once: true });
      return reply.finally(() => signal.removeEventListener('abort', abandon));
    },
    stop: async () => {
      stopped = true;
      const thread = worker;
      if (!thread) return;
      lose(thread, new Error('The analysis thread was stopped'));
      await thread.terminate();
    },
  };
}
