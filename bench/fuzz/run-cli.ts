import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from './judge-run.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/wiretrace.js');
const peakHook = join(root, 'bench/fuzz/report-peak-memory.mjs');
// Output past this is not kept: the verdict needs the sources and stderr, not a 50 MB report.
const MAX_KEPT = 64 * 1024 * 1024;

/** A run and its peak memory in kilobytes (null when the process was killed before it could tell). */
export interface MeasuredRun extends RunResult {
  readonly peakKb: number | null;
  readonly ms: number;
}

/** Run the CLI as a child process in `cwd`, killed with SIGKILL after `timeoutMs`. */
export async function runCli(args: readonly string[], cwd: string, timeoutMs: number): Promise<MeasuredRun> {
  const peakFile = join(tmpdir(), `wiretrace-fuzz-peak-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', peakHook, bin, ...args], {
    cwd,
    env: { ...process.env, WIRETRACE_FUZZ_PEAK_FILE: peakFile, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => { if (stdout.length < MAX_KEPT) stdout += s; });
  child.stderr.setEncoding('utf8').on('data', (s: string) => { if (stderr.length < MAX_KEPT) stderr += s; });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  const peak = await readFile(peakFile, 'utf8').catch(() => '');
  await rm(peakFile, { force: true });
  const peakKb = peak.trim() === '' ? null : Math.max(...peak.trim().split('\n').map(Number));
  return { code, signal, timedOut, stdout, stderr, peakKb, ms: Date.now() - started };
}
