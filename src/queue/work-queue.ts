import type PgBoss from 'pg-boss';
import type { QueueName } from './job-queue.ts';

/** One job's end: done, with what to keep as its output, or failed, with its error (kept, and retried by pg-boss). */
export type JobResult = { readonly ok: true; readonly output?: object } | { readonly ok: false; readonly error: string };

/** Run a batch of jobs of one queue: one result per job, in order. */
export type JobHandler<T> = (jobs: readonly PgBoss.Job<T>[]) => Promise<readonly JobResult[]>;

/** What a running loop reports: each job's end and its time, for `worker --json` and the counts. */
export type OnJob = (queue: QueueName, job: PgBoss.Job<unknown>, result: JobResult, ms: number) => void;

/** A loop taking jobs off one queue; `stopped` settles once it has handed back or finished its batch. */
export interface QueueLoop {
  /** The jobs it holds now. */
  readonly held: () => readonly PgBoss.Job<unknown>[];
  readonly stopped: Promise<void>;
}

/**
 * What a loop must hold before it takes jobs (the store's writer lock, for placing): `claim` resolves to whether it
 * holds it now (the loop waits and asks again when not); `idle` is told each time the queue is found empty (the gate
 * may free itself); `release` frees it when the loop stops.
 */
export interface QueueGate {
  claim(): Promise<boolean>;
  idle(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Take jobs off `queue`, `batchSize` at a time, and run them through `handle`, completing or failing each as it says;
 * a handler that throws fails the whole batch with its error. Waits `idleMs` when the queue is empty (or `gate` is
 * not claimed). Stops taking jobs once `stop` is aborted; the batch in hand runs to its end.
 */
export function workQueue<T>(boss: PgBoss, queue: QueueName, batchSize: number, handle: JobHandler<T>, stop: AbortSignal, onJob: OnJob, gate?: QueueGate, idleMs = 250): QueueLoop {
  let held: readonly PgBoss.Job<T>[] = [];
  const run = async (): Promise<void> => {
    try {
      await loop();
    } finally {
      await gate?.release();
    }
  };
  const loop = async (): Promise<void> => {
    while (!stop.aborted) {
      if (gate && !(await gate.claim())) {
        await sleep(idleMs, stop);
        continue;
      }
      const jobs = await boss.fetch<T>(queue, { batchSize });
      if (jobs.length === 0) {
        await gate?.idle();
        await sleep(idleMs, stop);
        continue;
      }
      held = jobs;
      const started = Date.now();
      let results: readonly JobResult[];
      try {
        results = await handle(jobs);
      } catch (error) {
        results = jobs.map(() => ({ ok: false, error: messageOf(error) }));
      }
      const ms = Date.now() - started;
      const ended = jobs.map((job, i) => ({ job, result: results[i] ?? { ok: false, error: 'no result' } as JobResult }));
      const done = ended.filter((e) => e.result.ok);
      // one statement (one commit) completes a batch; a job alone keeps its output (a story's analysis: for `status`)
      if (done.length === 1 && done[0]!.result.ok) await boss.complete(queue, done[0]!.job.id, done[0]!.result.output ?? {});
      else if (done.length > 1) await boss.complete(queue, done.map((e) => e.job.id));
      for (const { job, result } of ended) {
        if (!result.ok) await boss.fail(queue, job.id, { message: result.error });
        onJob(queue, job, result, ms);
      }
      held = [];
    }
  };
  return { held: () => held, stopped: run() };
}

/** An error as the one line a failed job keeps. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}

/** Wait `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
