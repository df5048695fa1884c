// Loaded with --import into each CLI run of the fuzz: on exit, append the process's peak resident memory
// (kilobytes, worker threads included) to the file the runner names.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.WIRETRACE_FUZZ_PEAK_FILE;
  if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
