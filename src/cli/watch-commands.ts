import { InvalidArgumentError, type Command } from 'commander';
import { parseInterval } from '../watch/parse-interval.ts';
import type { CliIo } from './cli-io.ts';
import { runFeeds, type FeedsOptions } from './run-feeds.ts';
import { runVersions, type VersionsOptions } from './run-versions.ts';
import { runWatch, type WatchOptions } from './run-watch.ts';

/** How main.ts adds its shared options to a command. */
export interface CommandOptions {
  readonly withStoreOptions: (command: Command) => Command;
  readonly withReadOptions: (command: Command) => Command;
}

/** Add `watch`, `feeds` and `versions` to the program; each sets the exit code through `exit`. */
export function addWatchCommands(program: Command, io: CliIo, shared: CommandOptions, exit: (code: number) => void): void {
  const { withStoreOptions, withReadOptions } = shared;
  withStoreOptions(withReadOptions(program.command('watch')
    .description('Poll RSS/Atom feeds (URLs, or OPML lists), each on its interval, and add the page of every new or changed item to the store.')
    .argument('[feeds...]', 'feed URLs or OPML files/URLs to add to the watch list (none: watch the stored list)')
    .option('--interval <time>', 'how often the feeds given are polled: 90s, 15m, 1h, 1d (default 15m)', intervalValue)
    .option('--revisit <time>', 'fetch a page still listed again after this long, to see unannounced edits (default 6h; "off": only when its entry changes)', revisitValue)
    .option('--once', 'poll every feed once, then exit (for cron and tests)')
    .option('--workers', 'put due feeds on the job queue of the PostgreSQL store (--db) for "wiretrace worker"s to poll (also WIRETRACE_WORKERS=1)')
    .option('--json', 'one JSON object per line for each poll, page and story analysed')
    .option('--no-embeddings', 'group and align on words, numbers and names only (no sentence model)')))
    .action(async (feeds: string[], opts: WatchOptions) => {
      exit(await runWatch(feeds, opts, io));
    });

  withStoreOptions(withReadOptions(program.command('feeds')
    .description('The watch list: list the feeds (last poll, errors, next run), add feeds or OPML lists, or remove feeds.')
    .argument('<action>', 'list, add or remove')
    .argument('[feeds...]', 'feed URLs (add: or OPML files/URLs)')
    .option('--interval <time>', 'how often the feeds added are polled (default 15m)', intervalValue)
    .option('--json', 'one JSON object per feed per line')))
    .action(async (action: string, feeds: string[], opts: FeedsOptions) => {
      exit(await runFeeds(action, feeds, opts, io));
    });

  withStoreOptions(program.command('versions')
    .description('Every stored version of one article, and what changed between them (changed figures, headlines, paragraphs, quotations).')
    .argument('<url>', 'the article\'s URL (or its file, or a version\'s id)')
    .option('--json', 'one JSON document: the article and its versions, each with its edits'))
    .action(async (url: string, opts: VersionsOptions) => {
      exit(await runVersions(url, opts, io));
    });
}

function intervalValue(value: string): number {
  const seconds = parseInterval(value);
  if (seconds === null) throw new InvalidArgumentError(`"${value}" is not an interval (write it as 90s, 15m, 1h or 1d).`);
  return seconds;
}

function revisitValue(value: string): number | null {
  return /^(off|never|none)$/i.test(value.trim()) ? null : intervalValue(value);
}
