import cliProgress from 'cli-progress';
import type { CliIo } from './cli-io.ts';
import { stderrSafe } from '../report/stderr-safe.ts';

/** Progress over the inputs, and lines on stderr that do not tear it. */
export interface Progress {
  /** `done` of the inputs handled, the last one named. */
  update(done: number, input: string): void;
  /** Print one line on stderr (with its newline) above the bar. */
  print(line: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr when stderr is a terminal (cleared when done); nothing at all when it
 * is not (a log or a pipe gets the problem lines only).
 */
export function startProgress(io: CliIo, total: number, label: string): Progress {
  if (!io.stderrIsTTY || total === 0) {
    return { update: () => undefined, print: (line) => { io.stderr.write(line); }, stop: () => undefined };
  }
  const bar = new cliProgress.SingleBar({ stream: io.stderr, format: `${label} {bar} {value}/{total} {input}`, clearOnComplete: true, hideCursor: true, forceRedraw: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { input: '' });
  return {
    update: (done, input) => bar.update(done, { input: stderrSafe(input) }),
    print: (line) => {
      // Clear the bar's line, print, and draw the bar again below.
      io.stderr.write(`\r\u001b[K${line}`);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
