import type PgBoss from 'pg-boss';

/** The kinds of job, each a pg-boss queue of its own in the store's database (schema `pgboss`). */
export const QUEUES = {
  /** Read one URL given to `add` (a page, a feed): its documents go on as `clean` jobs. */
  fetch: 'wiretrace-fetch',
  /** Poll one watched feed, fetch the pages of its new and changed items: each page goes on as a `clean` job. One queued per feed. */
  poll: 'wiretrace-poll',
  /** Clean one raw document into an article: it goes on as an `add` job. */
  clean: 'wiretrace-clean',
  /** Store one article in its story (under the store's writer lock), then ask for its story's analysis. */
  add: 'wiretrace-add',
  /** Analyse one story's current versions; one queued per story (pg-boss's `short` policy), debounced. */
  analyse: 'wiretrace-analyse',
} as const;

/** A queue's name. */
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** How long a job may run before it is taken for lost (its worker dead) and run again, when none is set. */
export const DEFAULT_JOB_TIMEOUT = 15 * 60;
/** How often a job is tried before it stays failed, its error kept, until retried by hand (`wiretrace retry`). */
const RETRY_LIMIT = 5;

/** A job queue in a PostgreSQL database, and the function that stops it. */
export interface JobQueue {
  readonly boss: PgBoss;
  stop(): Promise<void>;
}

/** Where and how the queue runs: the database, and, for a worker, how soon a lost job is found. */
export interface QueueOptions {
  readonly url: string;
  /** Seconds before an active job counts as lost; sets it for every queue of the database when given. */
  readonly jobTimeout?: number;
  /** Whether this process expires lost jobs and archives old ones (workers do; enqueuers need not). */
  readonly supervise?: boolean;
}

/**
 * Open the job queue in the database at `url` (pg-boss builds or migrates its own schema, `pgboss`, on first use) and
 * make sure every wiretrace queue exists; with `jobTimeout`, every queue's expiry is set to it.
 */
export async function openQueue(options: QueueOptions): Promise<JobQueue> {
  const { default: PgBossClass } = await import('pg-boss');
  const timeout = options.jobTimeout;
  const boss = new PgBossClass({
    connectionString: options.url,
    max: 3,
    schedule: false,
    supervise: options.supervise ?? false,
    // a lost job is found within a quarter of its timeout (at most a minute)
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor((timeout ?? DEFAULT_JOB_TIMEOUT) / 4))),
  });
  // pg-boss reports a lost connection or a failed maintenance here; the next call says so where it matters
  boss.on('error', () => undefined);
  await boss.start();
  // two processes creating one queue at once deadlock in pg-boss: the queues are made under an advisory lock
  const { default: pg } = await import('pg');
  const guard = new pg.Client({ connectionString: options.url });
  guard.on('error', () => undefined);
  await guard.connect();
  try {
    await guard.query('select pg_advisory_lock($1)', [QUEUE_LOCK]);
    await createQueues(boss, timeout);
    // a job takes its queue's expiry when it is sent: the jobs queued before this timeout was set (by an `add` that
    // made the queues with the default) take it too, so a dead worker's jobs come back as soon as the fleet expects
    if (timeout !== undefined) {
      await guard.query(
        `update pgboss.job set expire_in = make_interval(secs => $1)
          where name = any($2) and state in ('created', 'retry', 'active') and expire_in <> make_interval(secs => $1)`,
        [Math.max(1, Math.round(timeout)), Object.values(QUEUES)]);
    }
  } finally {
    await guard.end().catch(() => undefined);
  }
  return { boss, stop: () => boss.stop({ graceful: false, wait: true }) };
}

// Any fixed number: held while the queues are made or their settings changed.
const QUEUE_LOCK = 7_131_404;

async function createQueues(boss: PgBoss, timeout: number | undefined): Promise<void> {
  for (const name of Object.values(QUEUES)) {
    const settings: PgBoss.Queue = {
      name, policy: name === QUEUES.analyse || name === QUEUES.poll ? 'short' : 'standard', retryLimit: RETRY_LIMIT, retryDelay: 2, retryBackoff: true,
      expireInSeconds: Math.max(1, Math.round(timeout ?? DEFAULT_JOB_TIMEOUT)),
    };
    await boss.createQueue(name, settings);
    if (timeout !== undefined) await boss.updateQueue(name, settings);
  }
}
