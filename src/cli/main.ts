import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzeArticles } from '../pipeline/analyze.ts';
import { startArticleWorkers } from '../pipeline/start-article-workers.ts';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import { heapCeiling } from '../pipeline/heap-ceiling.ts';
import { writeReport, type ReportOutputs } from './write-report.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { readBundle } from './read-bundle.ts';
import type { ReadOptions } from './read-options.ts';
import { runExtract } from './run-extract.ts';
import { runStories, type StoriesOptions } from './run-stories.ts';
import { runAdd, type AddOptions } from './run-add.ts';
import { runList, type ListOptions } from './run-list.ts';
import { addWatchCommands } from './watch-commands.ts';
import { addWorkerCommands } from './worker-commands.ts';
import { runServe, type ServeOptions } from './run-serve.ts';
import { chooseStories, keepAll, type StoryChoice } from '../pipeline/choose-story.ts';
import { languageName } from '../report/language-name.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { outputProblem } from './check-outputs.ts';
import { stderrSafe } from '../report/stderr-safe.ts';
import { parseOutletNames } from './outlet-names.ts';
import { terminalSafe } from '../report/terminal-safe.ts';
import { writeFileAtomic } from './write-file-atomic.ts';
import { resolve } from 'node:path';
import type { Article } from '../model/index.ts';
import type { Baseline } from '../compare/choose-source.ts';

/** Exit codes: 0 done, 1 nothing could be read or an output failed, 2 bad usage. */
const EXIT_NOTHING_READ = 1;
const EXIT_USAGE = 2;

/** Run the wiretrace command line; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('wiretrace')
    .description('Show how one news story changed as it travelled through many outlets.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(terminalSafe(s)) })
    .showHelpAfterError('(run "wiretrace --help" for usage)');

  withReadOptions(program.command('extract')
    .description('Read and clean articles; print each one\'s clean text, metadata and what was removed.')
    .argument('<inputs...>', 'files, directories, globs, URLs, or - for stdin')
    .option('--json', 'one JSON object per article per line')
    .option('--full', 'with the readable listing, print the clean text and removed pieces too'))
    .action(async (inputs: string[], opts: ReadOptions & { json?: boolean; full?: boolean }) => {
      const written = await runExtract(inputs, opts, io);
      if (written === 0) exitCode = EXIT_NOTHING_READ;
    });

  withReadOptions(program.command('stories')
    .description('Sort a pile of articles into stories: title, dates, outlets and languages of each.')
    .argument('<inputs...>', 'files, directories, globs, URLs, or - for stdin')
    .option('--json', 'one JSON object per story per line, with its articles and why each belongs')
    .option('--no-embeddings', 'decide on words, names and figures only (no sentence model)'))
    .action(async (inputs: string[], opts: StoriesOptions) => {
      const read = await runStories(inputs, opts, io);
      if (read === 0) exitCode = EXIT_NOTHING_READ;
    });

  withStoreOptions(withReadOptions(program.command('add')
    .description('Store articles (new ones, and new versions of stored ones), group them into the stored stories, and analyse the stories they join.')
    .argument('<inputs...>', 'files, directories, globs, URLs, or - for stdin')
    .option('--json', 'one JSON object per line for each article as it is stored, then each story analysed')
    .option('--no-embeddings', 'group and align on words, numbers and names only (no sentence model)')
    .option('--no-analyse', 'store and group only: the stories they join are analysed later (by the next add, or by serve when idle)')
    .option('--workers', 'put the inputs on the job queue of the PostgreSQL store (--db) for "wiretrace worker"s instead (also WIRETRACE_WORKERS=1)')
    .option('--wait', 'with --workers: wait until the workers have done every queued job')))
    .action(async (inputs: string[], opts: AddOptions) => {
      exitCode = await runAdd(inputs, opts, io);
    });

  withStoreOptions(program.command('list')
    .description('List the stored stories: their articles, outlets, languages, versions and latest analysis.')
    .option('--json', 'one JSON object per story per line'))
    .action(async (opts: ListOptions) => {
      exitCode = await runList(opts, io);
    });

  addWatchCommands(program, io, { withStoreOptions, withReadOptions }, (code) => { exitCode = code; });
  addWorkerCommands(program, io, { withStoreOptions }, (code) => { exitCode = code; });
  withStoreOptions(program.command('serve')
    .description('Serve the stored stories: an HTTP API (OpenAPI at /openapi.json) and a web app, on 127.0.0.1 by default.')
    .addOption(new Option('--port <n>', 'the port (0: any free one)').argParser(port).default(8080))
    .option('--host <address>', 'the address to listen on; other than loopback, WIRETRACE_TOKEN must be set', '127.0.0.1')
    .option('--demo', 'serve a new store of the bundled example (examples/harbor-bridge), deleted on exit')
    .option('--allow-private', 'let pasted URLs reach loopback and private networks (a local mirror)')
    .addOption(new Option('--timeout <ms>', 'per-URL timeout for pasted URLs, in milliseconds').argParser(positiveInt))
    .addOption(new Option('--max-bytes <n>', 'largest page fetched for a pasted URL, in bytes (default 10 MiB)').argParser(positiveInt))
    .option('--workers', 'put articles to store and new feeds on the job queue of the PostgreSQL store (--db) for "wiretrace worker"s, and let the web app retry failed jobs (also WIRETRACE_WORKERS=1)')
    .option('--no-analyse', 'do not analyse the stories left stale (by add --no-analyse) in the background while idle'))
    .action(async (opts: ServeOptions) => {
      exitCode = await runServe(opts, io);
    });

  withReadOptions(program.command('analyze')
    .alias('analyse')
    .description('Compare the outlets\' versions of one story: claims, changes, origins, consensus.')
    .argument('<inputs...>', 'files, directories, globs, URLs, or - for stdin')
    .option('--json', 'print the report as one JSON document (schema/report.schema.json)')
    .option('--html <file>', 'write a self-contained HTML report to <file>')
    .option('--markdown [file]', 'print (or write to [file]) a Markdown report')
    .option('--csv <file>', 'write the claim matrix as CSV to <file>')
    .option('-v, --verbose', 'on the terminal, show every finding, not just the most serious')
    .option('--no-color', 'plain text on the terminal')
    .option('--no-embeddings', 'align claims on words, numbers and names only (no sentence model)')
    .option('--baseline <file|origin|wire|earliest|majority>', 'judge every version against one input (its file, URL or id); the origin (default: the wire\'s copy, else the earliest version when the others credit it, copy it or share its wording, else the majority); the wire\'s copy only; the earliest version; or the majority', 'origin')
    .option('--keep-all', 'compare every article given, even those that tell another story (those in another language than most are listed, never compared word by word)')
    .option('--story <id>', 'compare this story of the bundle (its id or number, as `wiretrace stories` lists them)')
    .option('--all', 'one report per story of the bundle (report files get the story\'s number before the extension)'))
    .action(async (inputs: string[], opts: ReadOptions & ReportOutputs & { embeddings: boolean; baseline: string; keepAll?: boolean; story?: string; all?: boolean }) => {
      const bad = await outputProblem(inputs, opts);
      if (bad !== null) {
        io.stderr.write(`wiretrace: ${stderrSafe(bad)}\n`);
        exitCode = EXIT_USAGE;
        return;
      }
      // The sentence encoder loads in worker threads while the inputs are read.
      const encoder = opts.embeddings ? startWorkerEmbedder(1) : undefined;
      // A large bundle's per-article stages run on every core (the threads start only for one).
      const workers = startArticleWorkers();
      try {
        const read = await readBundle(inputs, opts, io, workers);
        if (read.length === 0) { exitCode = EXIT_NOTHING_READ; return; }
        const warn = (message: string): void => { io.stderr.write(`wiretrace: ${message}\n`); };
        const choice: StoryChoice = opts.all ? { kind: 'all' } : opts.story !== undefined ? { kind: 'named', story: opts.story } : { kind: 'main' };
        const chosen = opts.keepAll
          ? [keepAll(read)]
          : await chooseStories(read, choice, encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {});
        if ('problem' in chosen) {
          io.stderr.write(`wiretrace: --story ${stderrSafe(JSON.stringify(opts.story))}: ${stderrSafe(chosen.problem)}\n`);
          exitCode = EXIT_USAGE;
          return;
        }
        if (!opts.all) for (const aside of chosen[0]?.setAside ?? []) {
          io.stderr.write(`wiretrace: ${stderrSafe(aside.source)}: set aside: not the same story (it tells ${stderrSafe(JSON.stringify(aside.storyTitle ?? 'an untitled story'))}, story ${aside.story}); --keep-all compares it\n`);
        }
        if (!opts.all) for (const other of chosen[0]?.notCompared ?? []) {
          io.stderr.write(`wiretrace: ${stderrSafe(other.source)}: same story, not compared: ${stderrSafe(languageName(other.language))} (claims are compared in ${stderrSafe(languageName(chosen[0]!.language ?? 'unknown'))} only)\n`);
        }
        for (const [n, { articles, setAside, notCompared, language }] of chosen.entries()) {
          const baseline = resolveBaseline(opts.baseline, articles);
          if (typeof baseline === 'object' && 'problem' in baseline) {
            io.stderr.write(`wiretrace: --baseline ${stderrSafe(JSON.stringify(opts.baseline))}: ${stderrSafe(baseline.problem)}\n`);
            exitCode = EXIT_USAGE;
            return;
          }
          // A large bundle embeds enough sentences to repay loading the model a second time, on the other core.
          if (n === 0 && articles.length >= 20) encoder?.addWorker();
          const report = await analyzeArticles(articles, {
            ...(encoder ? { embed: encoder.embed } : { embedBudget: 0 }),
            baseline,
            workers,
            onWarning: warn,
            // the encoder's threads hold the model (about 300 MB): gone once the last story's alignment has embedded
            // what it needs
            ...(n === chosen.length - 1 ? { onEmbedded: () => void encoder?.stop() } : {}),
            // alignment leaves most of what it built as garbage, and the comparison then tags every article it reads:
            // collected in between, a bundle of 5,000 versions peaks hundreds of MB lower
            onStage: heapCeiling(512),
          });
          if (n > 0 && !opts.json) io.stdout.write('\n');
          const outputs = opts.all ? numberedOutputs(opts, n + 1) : opts;
          const told = { ...report, comparedLanguage: language, ...(setAside.length > 0 && { setAside }), ...(notCompared.length > 0 && { notCompared }) };
          exitCode = Math.max(exitCode, await writeReport(told, outputs, io, writeFileAtomic));
        }
      } finally {
        await Promise.all([encoder?.stop(), workers.stop()]);
      }
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}

/** The baseline a user named: a mode, or the one article read from the input (file, URL, or id) given; else why not. */
export function resolveBaseline(given: string, articles: readonly Article[]): Baseline | { readonly problem: string } {
  if (given === 'origin' || given === 'wire' || given === 'earliest' || given === 'majority') return given;
  const same = (source: string): boolean => source === given || (!/^[a-z]+:/i.test(source) && resolve(source) === resolve(given));
  const found = articles.filter((a) => same(a.source) || a.id === given || a.url === given);
  if (found.length === 1) return { article: found[0]!.id };
  // a feed or a JSON Lines file holds several: one is named by its item ("file.jsonl#2")
  const items = articles.filter((a) => /#\d+$/.test(a.source) && same(a.source.replace(/#\d+$/, '')));
  if (items.length > 0) return { problem: `it holds ${items.length} articles; name one, as in "${items[0]!.source}"` };
  return { problem: 'no article was read from it (give one of the inputs, an article id, or origin, wire, earliest or majority)' };
}

/** Report files for the `n`th story of `--all`: the story's number before each file's extension ("report-2.html"). */
function numberedOutputs(outputs: ReportOutputs, n: number): ReportOutputs {
  const numbered = (path: string): string => path.replace(/(\.[^./\\]*)?$/, (ext) => `-${n}${ext}`);
  return {
    ...outputs,
    ...(outputs.html !== undefined && { html: numbered(outputs.html) }),
    ...(typeof outputs.markdown === 'string' && { markdown: numbered(outputs.markdown) }),
    ...(outputs.csv !== undefined && { csv: numbered(outputs.csv) }),
  };
}

function withStoreOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'the embedded store\'s directory (default: $WIRETRACE_DATA, else ./.wiretrace)')
    .option('--db <url>', 'a PostgreSQL database instead (postgres://user:password@host:port/name; default: $WIRETRACE_DB)');
}

function withReadOptions(command: Command): Command {
  return command
    .option('--allow-private', 'allow URLs on loopback and private networks (a local mirror)')
    .option('--follow-symlinks', 'follow links that lead out of a directory or a glob\'s folder')
    .addOption(new Option('--outlet <file=name>', 'name the outlet of an input (a file, a folder, a URL, a feed); repeatable').argParser(outletValue))
    .addOption(new Option('--timeout <ms>', 'per-URL timeout in milliseconds').argParser(positiveInt))
    .addOption(new Option('--max-bytes <n>', 'largest input accepted, in bytes (default 10 MiB)').argParser(positiveInt))
    .addOption(new Option('--max-items <n>', 'most items read from one feed or JSON Lines input (default 500)').argParser(positiveInt))
    .addOption(new Option('--max-seconds <s>', 'time to clean one input, in seconds (default 10)').argParser(positiveNumber))
    .addOption(new Option('--max-chars <n>', 'longest article text accepted, in characters (default 200000)').argParser(positiveInt))
    .addOption(new Option('--concurrency <n>', 'inputs read at once (default 4)').argParser(positiveInt));
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number.`);
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port (0 to 65535).`);
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive whole number.`);
  return n;
}

// `--outlet FILE=NAME`, repeatable: every value is kept, and one without an input or a name is a usage error.
function outletValue(value: string, previous: string[] | undefined): string[] {
  const parsed = parseOutletNames([value]);
  if ('problem' in parsed) throw new InvalidArgumentError('give it as FILE=NAME (an input, then the outlet\'s name)');
  return [...(previous ?? []), value];
}
