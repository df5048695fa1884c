import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import type { GroupOptions } from '../stories/group-stories.ts';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { diffMissing } from '../store/missing-diffs.ts';
import type { CliIo } from './cli-io.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { startProgress } from './progress.ts';
import { ingestOptionsOf, problemLine, type ReadOptions } from './read-options.ts';
import { countInputs } from './run-stories.ts';
import { stderrSafe } from '../report/stderr-safe.ts';
import { enqueueAdd } from './enqueue-add.ts';
import { addReads, analyseStale, lockWriterSaying, noCounts, type AddCounts } from './store-writer.ts';
import { outcomeLine } from '../store/add-article.ts';
import { storedGrouping } from '../store/stored-grouping.ts';

/** What `add` reads, where it stores, and what it prints. */
export interface AddOptions extends ReadOptions, StoreOptions {
  /** One JSON object per line for each article stored (once committed) and each story analysed. */
  readonly json?: boolean;
  readonly embeddings?: boolean;
  /** False: store and group only, and leave the stories stale for the next `add` or for `serve` to analyse. */
  readonly analyse?: boolean;
  /** Put the inputs on the job queue for `wiretrace worker`s instead of doing the work here (also `WIRETRACE_WORKERS=1`). */
  readonly workers?: boolean;
  /** With `workers`: wait until the workers have done every queued job. */
  readonly wait?: boolean;
}

/**
 * `wiretrace add`: read the inputs as `stories` reads them, store each article (a new one, or a new version of one
 * stored at the same URL or file, with its edits against the version before), group each new one into the stored
 * stories, then analyse every story whose current versions have no analysis yet and store it. Resolves to the exit
 * code: 1 when the store cannot be opened or nothing could be read.
 */
export async function runAdd(inputs: readonly string[], options: AddOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (options.workers || env.WIRETRACE_WORKERS === '1') return enqueueAdd(inputs, options, io, env);
  let db: SqlClient;
  try {
    db = await openStore(options, env);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(error.location))}: ${stderrSafe(error.message)}\n`);
    return 1;
  }
  const encoder = options.embeddings === false ? undefined : startWorkerEmbedder(1);
  const warn = (message: string): void => { io.stderr.write(`wiretrace: ${stderrSafe(message)}\n`); };
  try {
    await lockWriterSaying(db, io);
    // versions stored before the store kept edits get theirs once
    await diffMissing(db);
    const counts = await addInputs(db, inputs, options, io, encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {});
    // (null: analysis left for later, not none needed)
    const analysed = options.analyse === false ? null : await analyseStale(db, io, options.json ?? false, encoder ? { embed: encoder.embed } : { embedBudget: 0 }, warn);
    if (!options.json) io.stdout.write(summary(counts, analysed, db));
    return counts.read === 0 && inputs.length > 0 ? 1 : 0;
  } finally {
    await encoder?.stop();
    await db.close();
  }
}

async function addInputs(db: SqlClient, inputs: readonly string[], options: AddOptions, io: CliIo, groupOptions: GroupOptions): Promise<AddCounts> {
  // The stored piles are read back first, so a new article is grouped against every stored one.
  const stored = await storedGrouping(db);
  const ingestOptions = ingestOptionsOf(options, io);
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: ingestOptions.followSymlinks ?? false });
  for (const problem of problems) io.stderr.write(problemLine(problem));
  const counts = noCounts();
  const progress = startProgress(io, entries.length, 'adding');
  let done = 0;
  try {
    const reads = countInputs(readEntries(entries, ingestOptions), (input) => progress.update(++done, input));
    await addReads(db, stored, reads, options, groupOptions, counts, (event) => {
      if (event.kind === 'problem') progress.print(problemLine(event.problem));
      else if (options.json) io.stdout.write(outcomeLine(event.article, event.outcome));
      else if (event.outcome.kind === 'duplicate') progress.print(`wiretrace: ${stderrSafe(event.article.source)}: same text as the stored article ${stderrSafe(JSON.stringify(event.outcome.of))}, stored once\n`);
    });
  } finally {
    progress.stop();
  }
  return counts;
}

function summary(counts: AddCounts, analysed: number | null, db: SqlClient): string {
  const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const edits = counts.versions > 0 ? ` (${plural(counts.edits, 'edit')} found)` : '';
  const stored = `Stored ${plural(counts.articles, 'new article')} and ${plural(counts.versions, 'new version')}${edits}`;
  const kept = counts.unchanged + counts.duplicates > 0 ? `; ${plural(counts.unchanged + counts.duplicates, 'article was', 'articles were')} already stored` : '';
  const analysis = analysed === null ? 'analysis left for later (the next add, or serve when idle)' : `${plural(analysed, 'story', 'stories')} analysed`;
  return `${stored}${kept}; ${plural(counts.stories, 'new story', 'new stories')}, ${analysis}. Store: ${stderrSafe(db.location)}\n`;
}
