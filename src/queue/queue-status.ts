import type PgBoss from 'pg-boss';
import type { Sql } from '../store/sql-client.ts';
import { QUEUES } from './job-queue.ts';

/** One queue's jobs: waiting (new or to be retried), running, failed for good, and done in the last ten minutes. */
export interface QueueCounts {
  readonly queue: string;
  readonly queued: number;
  readonly active: number;
  readonly failed: number;
  readonly doneLast10m: number;
}

/** What `wiretrace status` shows. */
export interface QueueStatus {
  readonly queues: readonly QueueCounts[];
  /** Articles stored (new versions) in the last ten minutes and the last hour. */
  readonly stored: { readonly last10m: number; readonly lastHour: number };
  /** The latest failed jobs, each with its error. */
  readonly failures: readonly { readonly id: string; readonly queue: string; readonly error: string; readonly at: string | null }[];
  /** The stories whose analyses took longest, over the jobs the queue still keeps. */
  readonly slowest: readonly { readonly story: string; readonly title: string | null; readonly seconds: number; readonly versions: number | null }[];
}

const NAMES = Object.values(QUEUES);

/** Whether the database holds a job queue (a worker or `--workers` has opened it). */
export async function hasQueue(db: Sql): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }>("select to_regclass('pgboss.job') is not null as found");
  return row?.found ?? false;
}

/** Jobs not yet finished: waiting, to be retried, or running. */
export async function pendingJobs(db: Sql): Promise<number> {
  const [row] = await db.query<{ n: number }>("select count(*)::integer as n from pgboss.job where name = any($1) and state in ('created', 'retry', 'active')", [NAMES]);
  return row?.n ?? 0;
}

/** Read the queue's state: depth, throughput, failures and the slowest stories. */
export async function queueStatus(db: Sql, failures = 5, slowest = 5): Promise<QueueStatus> {
  const counts = await db.query<{ name: string; queued: number; active: number; failed: number; done: number }>(
    `select name,
       count(*) filter (where state in ('created', 'retry'))::integer as queued,
       count(*) filter (where state = 'active')::integer as active,
       count(*) filter (where state = 'failed')::integer as failed,
       count(*) filter (where state = 'completed' and completed_on > now() - interval '10 minutes')::integer as done
     from (select name, state, completed_on from pgboss.job where name = any($1)
           union all select name, state, completed_on from pgboss.archive where name = any($1) and completed_on > now() - interval '10 minutes') j
     group by name`, [NAMES]);
  const byName = new Map(counts.map((c) => [c.name, c]));
  const [stored] = await db.query<{ last10m: number; last_hour: number }>(
    `select count(*) filter (where added_at > now() - interval '10 minutes')::integer as last10m, count(*)::integer as last_hour
     from versions where added_at > now() - interval '1 hour'`);
  const failed = await db.query<{ id: string; name: string; error: string | null; at: Date | null }>(
    `select id::text, name, coalesce(output->>'message', output::text) as error, completed_on as at from pgboss.job
     where name = any($1) and state = 'failed' order by completed_on desc nulls last limit $2`, [NAMES, failures]);
  const slow = await db.query<{ story: string; seconds: number; versions: number | null; title: string | null }>(
    `with runs as (
       select data->>'story' as story, extract(epoch from completed_on - started_on)::float8 as seconds, (output->>'versions')::integer as versions
       from pgboss.job where name = $1 and state = 'completed' and (output->>'analysed') is not null
       union all
       select data->>'story', extract(epoch from completed_on - started_on)::float8, (output->>'versions')::integer
       from pgboss.archive where name = $1 and state = 'completed' and (output->>'analysed') is not null),
     worst as (select story, max(seconds) as seconds, max(versions) as versions from runs group by story order by 2 desc limit $2)
     select w.story, w.seconds, w.versions, (select v.title from stories s join story_members m on m.story_id = s.id join versions v on v.id = m.version_id
       where s.key = w.story order by v.id limit 1) as title
     from worst w order by w.seconds desc`, [QUEUES.analyse, slowest]);
  return {
    queues: NAMES.map((queue) => {
      const c = byName.get(queue);
      return { queue: queue.replace(/^wiretrace-/, ''), queued: c?.queued ?? 0, active: c?.active ?? 0, failed: c?.failed ?? 0, doneLast10m: c?.done ?? 0 };
    }),
    stored: { last10m: stored?.last10m ?? 0, lastHour: stored?.last_hour ?? 0 },
    failures: failed.map((f) => ({ id: f.id, queue: f.name.replace(/^wiretrace-/, ''), error: f.error ?? 'no error kept', at: f.at ? new Date(f.at).toISOString() : null })),
    slowest: slow.map((s) => ({ story: s.story, title: s.title, seconds: Math.round(s.seconds * 10) / 10, versions: s.versions })),
  };
}

/** The failed jobs among `ids` (every failed job when none are given), with their queues, to be retried. */
export async function failedJobs(db: Sql, ids: readonly string[]): Promise<{ readonly id: string; readonly name: string }[]> {
  return db.query<{ id: string; name: string }>(
    `select id::text, name from pgboss.job where name = any($1) and state = 'failed' and (cardinality($2::text[]) = 0 or id::text = any($2::text[]))`,
    [NAMES, ids]);
}

/**
 * Run failed jobs again (those among `ids`, every failed job when none are given): each goes back to its queue as
 * pg-boss retries it. Resolves to the ids retried and those given that are no failed job of this store.
 */
export async function retryJobs(db: Sql, boss: PgBoss, ids: readonly string[]): Promise<{ readonly retried: string[]; readonly missing: string[] }> {
  const jobs = await failedJobs(db, ids);
  const found = new Set(jobs.map((j) => j.id));
  for (const name of new Set(jobs.map((j) => j.name))) await boss.retry(name, jobs.filter((j) => j.name === name).map((j) => j.id));
  return { retried: jobs.map((j) => j.id), missing: ids.filter((id) => !found.has(id)) };
}
