import { setImmediate as nextTurn } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { InputProblem } from '../model/index.ts';
import { streamArticles } from '../pipeline/stream-articles.ts';
import { QUEUES } from './job-queue.ts';
import { sendJobs, type AddJob, type CleanJob } from './send-jobs.ts';
import { messageOf, type JobHandler, type JobResult } from './work-queue.ts';

/**
 * Clean each job's document on its own (a window of one, as `add` cleans it), and put each article it gives on the
 * `add` queue. An unreadable document is no failure: its problem is the job's output, and `onProblem` is told.
 */
export function cleanJobs(boss: PgBoss, onProblem: (problem: InputProblem) => void): JobHandler<CleanJob> {
  return async (jobs) => {
    const adds: AddJob[] = [];
    const results: JobResult[] = [];
    for (const job of jobs) {
      // a batch is tens of milliseconds of cleaning: between its documents, the worker's other loops take their turn
      // (the writer's statements, when this worker places, wait for no more than one document)
      await nextTurn();
      const problems: InputProblem[] = [];
      const articles: AddJob[] = [];
      try {
        for await (const item of streamArticles(once({ documents: [job.data.document], problems: [] }), { ...job.data.build, windowDocuments: 1 })) {
          if (item.kind === 'problem') problems.push(item.problem);
          else articles.push({ article: item.article });
        }
      } catch (error) {
        results.push({ ok: false, error: messageOf(error) });
        continue;
      }
      for (const problem of problems) onProblem(problem);
      adds.push(...articles);
      results.push({ ok: true, output: { articles: articles.length, problems } });
    }
    await sendJobs(boss, QUEUES.add, adds);
    return results;
  };
}

/** One value as an async stream. */
export async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}
