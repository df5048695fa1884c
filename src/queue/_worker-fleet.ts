import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openStore, type StoreOptions } from '../store/open-store.ts';
import { staleStories } from '../store/stale-stories.ts';
import type { Sql } from '../store/sql-client.ts';
import { runCli } from '../store/_backends.ts';
import { writeManyArticles } from '../store/_many-articles.ts';
import { articleKey } from '../store/version-keys.ts';
import { QUEUES } from './job-queue.ts';
import { sleep } from './work-queue.ts';

/** Multi-outlet stories of the fixtures whose articles each have a key, a text and an id of their own. */
export const FLEET_STORIES = ['heart-trial', 'rental-ruling', 'freight-talks', 'ferry-capsize', 'climate-report', 'peach-recall',
  'adviser-pullout', 'rate-decision', 'data-breach', 'museum-heist', 'election-count', 'doping-ban'] as const;

/** A pile to ingest: `count` articles in all, the fixture stories' and generated ones, and the key each is stored under. */
export async function writeIngest(dir: string, count: number, root: string, stories: readonly string[] = FLEET_STORIES): Promise<{ readonly keys: ReadonlySet<string> }> {
  const keys = new Set<string>();
  for (const story of stories) {
    await mkdir(join(dir, 'stories'), { recursive: true });
    await cp(join(root, 'fixtures/stories', story), join(dir, 'stories', story), { recursive: true });
  }
  const extracted = await runCli('extract', '--json', join(dir, 'stories'));
  for (const line of extracted.stdout.trim().split('\n').filter(Boolean)) {
    const article = JSON.parse(line) as { url: string | null; source: string; text: string };
    keys.add(articleKey(article));
  }
  const files = await writeManyArticles(join(dir, 'generated'), Math.max(0, count - keys.size), join(root, 'fixtures/stories'));
  for (const file of files) keys.add(`file:${file}`);
  return { keys };
}

/** A worker process: its jobs done and failed so far (from its `--json` lines), and its end. */
export interface FleetWorker {
  readonly child: ChildProcess;
  readonly done: Map<string, number>;
  readonly failed: string[];
  readonly exited: Promise<number | null>;
  /** True once the worker says it has started taking jobs (its signal handlers are set by then); false if it exits first. */
  readonly started: Promise<boolean>;
  stderr(): string;
}

/** Start `wiretrace worker --json` from the checkout at `root` (its own bin/), in that directory. */
export function startWorker(root: string, db: string, flags: readonly string[] = []): FleetWorker {
  const child = spawn(process.execPath, [join(root, 'bin/wiretrace.js'), 'worker', '--json', '--no-embeddings', '--db', db, ...flags], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Map<string, number>();
  const failed: string[] = [];
  let stderr = '';
  let markStarted: (started: boolean) => void = () => undefined;
  const started = new Promise<boolean>((resolve) => { markStarted = resolve; });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += String(chunk); });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let event: { event?: string; queue?: string; error?: string };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      return;
    }
    if (event.event === 'started') markStarted(true);
    if (event.event === 'done') done.set(event.queue!, (done.get(event.queue!) ?? 0) + 1);
    if (event.event === 'failed') failed.push(`${event.queue}: ${event.error}`);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { markStarted(false); resolve(code); }));
  return { child, done, failed, exited, started, stderr: () => stderr };
}

/** Wait until the queue holds no job to run and every story's current versions are analysed; false on timeout. */
export async function settled(db: string, timeoutMs: number): Promise<boolean> {
  const store = await openStore({ db });
  const never = new AbortController().signal;
  try {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (!(await anyPendingJob(store)) && (await staleStories(store)).length === 0) return true;
      await sleep(500, never);
    }
    return false;
  } finally {
    await store.close();
  }
}

// Whether any job waits or runs: the first found is enough (counting them all, as `status` does, took PostgreSQL 11 ms
// every half second with 3,000 jobs queued, on the cores the workers measured use). Waiting jobs are found by pg-boss's
// index of them; running ones, few, are looked for only when none waits.
async function anyPendingJob(store: Sql): Promise<boolean> {
  const names = Object.values(QUEUES);
  // pg-boss's states in order: created, retry, active, completed, ...
  for (const state of ["state < 'active'", "state = 'active'"]) {
    const [row] = await store.query<{ any: boolean }>(`select exists (select 1 from pgboss.job where name = any($1) and ${state}) as any`, [names]);
    if (row?.any) return true;
  }
  return false;
}

/** Every stored article's key with how many versions and story memberships it has, and the stories as sets of keys. */
export async function storedPile(options: StoreOptions): Promise<{ readonly articles: Map<string, { versions: number; members: number }>; readonly stories: string[][] }> {
  const store = await openStore(options);
  try {
    const rows = await store.query<{ key: string; versions: number; members: number }>(
      `select a.key, count(v.id)::integer as versions, count(m.version_id)::integer as members
       from articles a left join versions v on v.article_id = a.id left join story_members m on m.version_id = v.id group by a.key`);
    const stories = await store.query<{ keys: string[] }>(
      `select array_agg(distinct a.key order by a.key) as keys from story_members m join versions v on v.id = m.version_id
       join articles a on a.id = v.article_id group by m.story_id`);
    return { articles: new Map(rows.map((r) => [r.key, { versions: r.versions, members: r.members }])), stories: stories.map((s) => s.keys).sort((a, b) => a[0]!.localeCompare(b[0]!)) };
  } finally {
    await store.close();
  }
}
