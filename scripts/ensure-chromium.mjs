#!/usr/bin/env node
// The browser tests need Debian's Chromium (a test tool's own browser download cannot work here).
// Install it when missing and we are root; otherwise say what to do. Never downloads anything else.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`wiretrace tests: ${CHROMIUM} is missing; install Debian's "chromium" package (sudo apt-get install chromium) for the browser tests.`);
  process.exit(process.env.CI ? 1 : 0);
}
console.error('wiretrace tests: installing Debian chromium for the browser tests (once)...');
const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
run(['update']);
const result = run(['install', '-y', '--no-install-recommends', 'chromium']);
if (result.status !== 0 || !existsSync(CHROMIUM)) {
  console.error('wiretrace tests: could not install chromium with apt-get.');
  process.exit(process.env.CI ? 1 : 0);
}
