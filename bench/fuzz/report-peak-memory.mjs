// Loaded with --import into each CLI run of the fuzz: on exit, append the process's peak resident memory
// (kilobytes, worker threads included) to the file the runner names, and a line to the run log beside it.
//
// The peak is the high-water mark of this process's own memory (VmHWM in /proc/self/status). getrusage's
// ru_maxrss is not: Linux carries it over fork and exec, so a child of a runner holding 1.7 GB reported 1.7 GB
// whatever it did itself.
import { appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function peakKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: fall back to the rusage figure
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const file = process.env.WIRETRACE_FUZZ_PEAK_FILE;
  if (!file) return;
  const kb = peakKb();
  appendFileSync(file, `${kb}\n`);
  appendFileSync(join(tmpdir(), 'wiretrace-fuzz-peaks.log'), `${kb}\t${process.argv.slice(2, 4).join(' ')}\n`);
});
