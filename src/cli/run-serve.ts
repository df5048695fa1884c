import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import { runAdd } from './run-add.ts';
import { openQueue } from '../queue/job-queue.ts';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';
import { StoreLostError } from '../store/sql-client.ts';

/** Where `serve` listens, its store, and how it reads pasted URLs. */
export interface ServeOptions extends StoreOptions {
  readonly port?: number;
  readonly host?: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: number;
  readonly maxBytes?: number;
  /** Serve a fresh store of the bundled example (examples/harbor-bridge), deleted on exit. */
  readonly demo?: boolean;
  /** Put articles to store and new feeds on the job queue for `wiretrace worker`s (also `WIRETRACE_WORKERS=1`). */
  readonly workers?: boolean;
  /** False: leave stale stories unanalysed (by default they are analysed in the background while idle, unless workers do it). */
  readonly analyse?: boolean;
}

/**
 * `wiretrace serve`: open the store and serve the API and the web app until the process is told to stop (SIGINT or
 * SIGTERM, or `stop` aborting). Binds 127.0.0.1 by default; any other address needs `WIRETRACE_TOKEN`, which every
 * request must then carry. Resolves to the exit code: 1 when the store cannot be opened or the port taken, 2 when a
 * non-loopback address is asked for without a token.
 */
export async function runServe(options: ServeOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env, stop?: AbortSignal): Promise<number> {
  // (the server, its web app and their packages load only here: every other command starts without them)
  const { isLoopback, startServer } = await import('../serve/start-server.ts');
  const host = options.host ?? '127.0.0.1';
  const token = env.WIRETRACE_TOKEN || undefined;
  if (!isLoopback(host) && token === undefined) {
    io.stderr.write(`wiretrace: --host ${stderrSafe(JSON.stringify(host))}: another machine could reach it; set WIRETRACE_TOKEN to a secret every request must carry, or serve on 127.0.0.1\n`);
    return 2;
  }
  if (options.demo) return serveDemo(options, io, env, stop);
  let db;
  try {
    db = await openStore(options, env);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  const workers = options.workers || env.WIRETRACE_WORKERS === '1';
  if (workers && db.kind !== 'postgres') {
    io.stderr.write('wiretrace: --workers: workers share a PostgreSQL store: give --db postgres://... (or set WIRETRACE_DB)\n');
    await db.close();
    return 2;
  }
  const queue = workers ? await openQueue({ url: options.db ?? env.WIRETRACE_DB ?? '' }) : undefined;
  let server;
  try {
    server = await startServer(db, {
      ...(queue && { queue: queue.boss }),
      // with workers, the workers analyse
      ...(!queue && options.analyse !== false && { analyseIdle: {
        onDrained: (n: number) => io.stdout.write(`wiretrace: ${n.toLocaleString('en')} ${n === 1 ? 'story' : 'stories'} analysed in the background; none left to analyse\n`),
        warn: (message: string) => io.stderr.write(`wiretrace: ${stderrSafe(message)}\n`),
      } }),
      host, port: options.port ?? 8080,
      ...(token !== undefined && { token }),
      urls: { allowPrivate: options.allowPrivate ?? false, ...(options.timeout !== undefined && { timeoutMs: options.timeout }), ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }) },
      // a lost store is said in one line (it is not this program's fault); anything else with its stack, for a bug report
      onError: (error, path) => io.stderr.write(`wiretrace: ${stderrSafe(path)}: ${stderrSafe(error instanceof StoreLostError ? error.message : error instanceof Error ? error.stack ?? error.message : String(error))}\n`),
    });
  } catch (error) {
    await queue?.stop();
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(`wiretrace: cannot listen on ${stderrSafe(host)}:${options.port ?? 8080}: ${stderrSafe(code ?? String(error))}\n`);
    return 1;
  }
  io.stdout.write(`wiretrace: serving ${stderrSafe(db.location)} at ${server.url}/ (API at ${server.url}/api, OpenAPI at ${server.url}/openapi.json)${queue ? "; articles to store and new feeds go to the workers' queue" : ""}\n`);
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    stop?.addEventListener('abort', done, { once: true });
  });
  await server.close();
  await queue?.stop();
  await db.close();
  return 0;
}

// `--demo`: the example added to a new store in a temporary directory (without the sentence model), then served.
async function serveDemo(options: ServeOptions, io: CliIo, env: NodeJS.ProcessEnv, stop?: AbortSignal): Promise<number> {
  const example = findExample();
  if (example === null) {
    io.stderr.write('wiretrace: --demo: the bundled example (examples/harbor-bridge) is not beside this wiretrace\n');
    return 1;
  }
  const data = await mkdtemp(join(tmpdir(), 'wiretrace-demo-'));
  try {
    io.stderr.write(`wiretrace: --demo: adding the example to a new store in ${stderrSafe(data)} (about 20 s)\n`);
    const added = await runAdd([example], { data, embeddings: false }, { ...io, stdout: io.stderr }, env);
    if (added !== 0) return added;
    const { demo: _demo, db: _db, ...rest } = options;
    return await runServe({ ...rest, data }, io, env, stop);
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

// The checkout's (or package's) examples folder: beside src/ when run from the sources, beside .build/ when bundled.
function findExample(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    const example = join(dir, 'examples/harbor-bridge');
    if (existsSync(example)) return example;
  }
  return null;
}
