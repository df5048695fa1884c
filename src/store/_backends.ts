import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../cli/main.ts';
import type { StoreOptions } from './open-store.ts';
import { startTestPostgres, type TestPostgres } from './_test-postgres.ts';

/** A backend the store tests run on, and how to get a fresh, empty store of it. */
export interface Backend {
  readonly name: 'pglite' | 'postgres';
  /** A new empty store's options, and its command-line flags. */
  fresh(): Promise<{ readonly options: StoreOptions; readonly flags: readonly string[] }>;
}

/**
 * Both backends, for a test file: the embedded store in temporary directories, and databases on a PostgreSQL
 * cluster this file starts (in `before`) and stops (in `after`). Without PostgreSQL binaries (the test run's pretest
 * installs them) the file fails, saying why: every test runs.
 */
export function backends(): readonly Backend[] {
  const dirs: string[] = [];
  let server: TestPostgres | null = null;
  before(async () => {
    const started = await startTestPostgres();
    if ('missing' in started) throw new Error(`the PostgreSQL store tests cannot run: ${started.missing}`);
    server = started;
  });
  after(async () => {
    await (server as TestPostgres | null)?.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  return [
    {
      name: 'pglite',
      fresh: async () => {
        const data = await mkdtemp(join(tmpdir(), 'wiretrace-store-'));
        dirs.push(data);
        return { options: { data }, flags: ['--data', data] };
      },
    },
    {
      name: 'postgres',
      fresh: async () => {
        const db = await server!.createDatabase();
        return { options: { db }, flags: ['--db', db] };
      },
    },
  ];
}

/** What one CLI run printed, and its exit code. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI in this process with captured output (no terminal, no standard input). */
export async function runCli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void): Writable => new Writable({ write(chunk, _e, done) { append(String(chunk)); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, { stdout: sink((s) => { stdout += s; }), stderr: sink((s) => { stderr += s; }), stdin, stdoutIsTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}
