import { InvalidArgumentError, type Command } from 'commander';
import { parseInterval } from '../watch/parse-interval.ts';
import type { CliIo } from './cli-io.ts';
import { runRetry, runStatus, type StatusOptions } from './run-status.ts';
import { runWorker, type WorkerOptions } from './run-worker.ts';
import type { CommandOptions } from './watch-commands.ts';

/** Add `worker`, `status` and `retry` to the program; each sets the exit code through `exit`. */
export function addWorkerCommands(program: Command, io: CliIo, shared: Pick<CommandOptions, 'withStoreOptions'>, exit: (code: number) => void): void {
  const { withStoreOptions } = shared;
  withStoreOptions(program.command('worker')
    .description('Take jobs from the queue in a PostgreSQL store (fetch, clean, store, analyse, poll feeds) until SIGTERM; run any number, on any number of machines.')
    .option('--json', 'one JSON object per line for each job done or failed')
    .option('--no-embeddings', 'group and align on words, numbers and names only (no sentence model)')
    .option('--job-timeout <time>', 'how long a job may run before it counts as lost and another worker runs it: 90s, 15m, 1h (default 15m; sets it for every worker of the store)', seconds)
    .option('--debounce <time>', 'how long a story\'s analysis waits for more of its articles (default 5s)', secondsOrZero)
    .option('--grace <time>', 'after SIGTERM, how long to finish the jobs in hand before handing them back (default 30s)', secondsOrZero))
    .action(async (opts: WorkerOptions) => {
      exit(await runWorker(opts, io));
    });

  withStoreOptions(program.command('status')
    .description('The job queue of a PostgreSQL store: jobs waiting, running, failed (with their errors) and done, articles stored a minute, the slowest stories.')
    .option('--json', 'one JSON document'))
    .action(async (opts: StatusOptions) => {
      exit(await runStatus(opts, io));
    });

  withStoreOptions(program.command('retry')
    .description('Run failed jobs again: those named (their ids, as "wiretrace status" lists them), or every one with --all.')
    .argument('[jobs...]', 'failed jobs\' ids')
    .option('--all', 'every failed job')
    .option('--json', 'one JSON object: the jobs retried and those not found'))
    .action(async (jobs: string[], opts: StatusOptions) => {
      exit(await runRetry(jobs, opts, io));
    });
}

function seconds(value: string): number {
  const n = parseInterval(value);
  if (n === null) throw new InvalidArgumentError(`"${value}" is not a time (write it as 90s, 15m, 1h or 1d).`);
  return n;
}

function secondsOrZero(value: string): number {
  return /^0+s?$/.test(value.trim()) ? 0 : seconds(value);
}
