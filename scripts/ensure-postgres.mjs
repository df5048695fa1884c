#!/usr/bin/env node
// The store tests start a throwaway PostgreSQL cluster of their own (initdb, pg_ctl): they need Debian's server
// binaries. Install them when missing and we are root; otherwise say what to do. Nothing is started here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const debian = '/usr/lib/postgresql';
const found = () => (existsSync(debian) && readdirSync(debian).some((v) => existsSync(join(debian, v, 'bin/initdb'))))
  || (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
if (found()) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error('wiretrace tests: PostgreSQL\'s server binaries (initdb, pg_ctl) are missing; install Debian\'s "postgresql" package (sudo apt-get install postgresql) for the store tests on PostgreSQL.');
  process.exit(process.env.CI ? 1 : 0);
}
console.error('wiretrace tests: installing Debian postgresql for the store tests (once)...');
const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
run(['update']);
const result = run(['install', '-y', '--no-install-recommends', 'postgresql']);
if (result.status !== 0 || !found()) {
  console.error('wiretrace tests: could not install postgresql with apt-get.');
  process.exit(process.env.CI ? 1 : 0);
}
