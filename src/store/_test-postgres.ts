import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster for tests: its own directory, a free port on 127.0.0.1, trust authentication. */
export interface TestPostgres {
  /** A new empty database on it, as a URL. */
  createDatabase(): Promise<string>;
  /** The server's main process id (its backends are its children), for measuring its CPU. */
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Start a PostgreSQL cluster for a test file (initdb into a temporary directory, then pg_ctl start), stopped by
 * `stop` or, failing that, when the process exits. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` user (else `nobody`). Resolves to a reason instead when no server binaries are installed.
 */
export async function startTestPostgres(): Promise<TestPostgres | { readonly missing: string }> {
  const bin = findBinaries();
  if (bin === null) return { missing: 'no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian\'s "postgresql" package' };
  const owner = process.getuid?.() === 0 ? unprivilegedUser() : null;
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const run = (command: string, args: readonly string[]): void => {
    const result = spawnSync(join(bin, command), args, { encoding: 'utf8', ...(owner && { uid: owner.uid, gid: owner.gid }), cwd: dir });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  run('initdb', ['-D', data, '-U', 'wiretrace', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'server.log'), '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`]);
  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    spawnSync(join(bin, 'pg_ctl'), ['stop', '-m', 'immediate', '-D', data], { ...(owner && { uid: owner.uid, gid: owner.gid }), stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let databases = 0;
  const base = `postgres://wiretrace@127.0.0.1:${port}`;
  return {
    pid,
    createDatabase: async () => {
      const name = `wiretrace_test_${++databases}`;
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    stop: async () => {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
}

// PostgreSQL's own binaries: Debian keeps them per major version, newest first; else whatever initdb is on the PATH.
function findBinaries(): string | null {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(debian, v, 'bin/initdb'))) return join(debian, v, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return null;
}

function unprivilegedUser(): { uid: number; gid: number } {
  const users = readFileSync('/etc/passwd', 'utf8').split('\n').map((line) => line.split(':'));
  const user = users.find((u) => u[0] === 'postgres') ?? users.find((u) => u[0] === 'nobody');
  if (!user) throw new Error('no unprivileged user (postgres or nobody) to run PostgreSQL as');
  return { uid: Number(user[2]), gid: Number(user[3]) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

