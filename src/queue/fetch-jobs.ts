import type PgBoss from 'pg-boss';
import type { InputProblem } from '../model/index.ts';
import { readEntry } from '../ingest/read-entry.ts';
import { QUEUES } from './job-queue.ts';
import { sendJobs, type CleanJob, type FetchJob } from './send-jobs.ts';
import type { JobHandler } from './work-queue.ts';

/**
 * Read each job's URL as `add` reads one (a page, a feed or JSON Lines file: each item a document), and put each
 * document on the `clean` queue. A URL that cannot be read is no failure: its problem is the job's output.
 */
export function fetchJobs(boss: PgBoss, onProblem: (problem: InputProblem) => void): JobHandler<FetchJob> {
  return async (jobs) => Promise.all(jobs.map(async (job) => {
    const { documents, problems } = await readEntry({ kind: 'url', input: job.data.url }, job.data.read);
    for (const problem of problems) onProblem(problem);
    await sendJobs<CleanJob>(boss, QUEUES.clean, documents.map((document) => ({ document, build: job.data.build })));
    return { ok: true, output: { documents: documents.length, problems } } as const;
  }));
}
