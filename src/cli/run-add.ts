import type { Report } from '../model/index.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import { streamArticles } from '../pipeline/stream-articles.ts';
import { analyzeArticles } from '../pipeline/analyze.ts';
import { bundleStored } from '../pipeline/bundle-stored.ts';
import { emptyGrouping, restoreArticle, type GroupOptions } from '../stories/group-stories.ts';
import { startWorkerEmbedder } from '../align/start-worker-embedder.ts';
import { addArticle, type AddOutcome } from '../store/add-article.ts';
import { openStore, StoreOpenError, type StoreOptions } from '../store/open-store.ts';
import { readPlaced } from '../store/read-placed.ts';
import { readVersions } from '../store/read-versions.ts';
import { saveAnalysis } from '../store/save-analysis.ts';
import { staleStories } from '../store/stale-stories.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { CliIo } from './cli-io.ts';
import { fallbackEmbed } from './fallback-embed.ts';
import { heapCeiling } from './heap-ceiling.ts';
import { startProgress } from './progress.ts';
import { buildOptionsOf, ingestOptionsOf, problemLine, type ReadOptions } from './read-options.ts';
import { countInputs } from './run-stories.ts';
import { stderrSafe } from './stderr-safe.ts';

/** What `add` reads, where it stores, and what it prints. */
export interface AddOptions extends ReadOptions, StoreOptions {
  /** One JSON object per line for each article stored (once committed) and each story analysed. */
  readonly json?: boolean;
  readonly embeddings?: boolean;
}

// Any fixed number: held by the one process writing to a store, so two `add`s never group against stale piles.
const WRITER_LOCK = 7_131_402;

/**
 * `wiretrace add`: read the inputs as `stories` reads them, store each article (a new one, or a new version of one
 * stored at the same URL or file), group each new one into the stored stories, then analyse every story whose
 * current versions have no analysis yet and store it. Resolves to the exit code: 1 when the store cannot be opened
 * or nothing could be read.
 */
export async function runAdd(inputs: readonly string[], options: AddOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
    if (!(await db.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [WRITER_LOCK]))[0]?.locked) {
      io.stderr.write(`wiretrace: store ${stderrSafe(JSON.stringify(db.location))}: another wiretrace is adding to it; waiting\n`);
      await db.query('select pg_advisory_lock($1)', [WRITER_LOCK]);
    }
    const counts = await addInputs(db, inputs, options, io, encoder ? { embed: fallbackEmbed(encoder.embed, warn) } : {});
    const analysed = await analyseStale(db, io, options, encoder ? { embed: encoder.embed } : { embedBudget: 0 }, warn);
    if (!options.json) io.stdout.write(summary(counts, analysed, db));
    return counts.read === 0 && inputs.length > 0 ? 1 : 0;
  } finally {
    await encoder?.stop();
    await db.close();
  }
}

interface AddCounts {
  read: number;
  articles: number;
  versions: number;
  unchanged: number;
  duplicates: number;
  stories: number;
}

async function addInputs(db: SqlClient, inputs: readonly string[], options: AddOptions, io: CliIo, groupOptions: GroupOptions): Promise<AddCounts> {
  // The stored piles are read back first, so a new article is grouped against every stored one.
  const grouping = emptyGrouping();
  for await (const placed of readPlaced(db)) restoreArticle(grouping, { id: placed.ref, title: placed.title, text: placed.text, language: placed.language }, placed.story);
  const ingestOptions = ingestOptionsOf(options, io);
  const { entries, problems } = await expandInputs(inputs, { followSymlinks: ingestOptions.followSymlinks ?? false });
  for (const problem of problems) io.stderr.write(problemLine(problem));
  const counts: AddCounts = { read: 0, articles: 0, versions: 0, unchanged: 0, duplicates: 0, stories: 0 };
  const progress = startProgress(io, entries.length, 'adding');
  let done = 0;
  try {
    // Each document is cleaned on its own (a window of one): a page's stored text, and so whether it changed, must
    // not hang on what else was added with it. The cross-article pass runs over a story when it is analysed.
    const reads = countInputs(readEntries(entries, ingestOptions), (input) => progress.update(++done, input));
    for await (const item of streamArticles(reads, { ...buildOptionsOf(options), windowDocuments: 1 })) {
      if (item.kind === 'problem') {
        progress.print(problemLine(item.problem));
        continue;
      }
      counts.read++;
      const outcome = await addArticle(db, grouping, item.article, groupOptions);
      count(counts, outcome);
      if (options.json) {
        const { kind, ...fields } = outcome;
        io.stdout.write(`${JSON.stringify({ event: kind, source: item.article.source, ...fields })}\n`);
      }
      else if (outcome.kind === 'duplicate') progress.print(`wiretrace: ${stderrSafe(item.article.source)}: same text as the stored article ${stderrSafe(JSON.stringify(outcome.of))}, stored once\n`);
    }
  } finally {
    progress.stop();
  }
  return counts;
}

function count(counts: AddCounts, outcome: AddOutcome): void {
  if (outcome.kind === 'unchanged') counts.unchanged++;
  else if (outcome.kind === 'duplicate') counts.duplicates++;
  else {
    if (outcome.version === 1) counts.articles++;
    else counts.versions++;
    if (outcome.newStory) counts.stories++;
  }
}

// Every stale story, not only those this run touched: a run killed before its analyses leaves them to the next.
async function analyseStale(db: SqlClient, io: CliIo, options: AddOptions, embed: Parameters<typeof analyzeArticles>[1], warn: (message: string) => void): Promise<number> {
  const stale = await staleStories(db);
  const progress = startProgress(io, stale.length, 'analysing');
  let analysed = 0;
  try {
    for (const [n, story] of stale.entries()) {
      progress.update(n, `story ${story.key}`);
      const articles = bundleStored(await readVersions(db, story.versions));
      const report: Report = await analyzeArticles(articles, { ...embed, onWarning: warn, onStage: heapCeiling(512) });
      if (await saveAnalysis(db, story.id, story.versions, report)) analysed++;
      if (options.json) io.stdout.write(`${JSON.stringify({ event: 'analysed', story: story.key, versions: story.versions.length, claims: report.claims.length, findings: report.divergences.length })}\n`);
    }
  } finally {
    progress.stop();
  }
  return analysed;
}

function summary(counts: AddCounts, analysed: number, db: SqlClient): string {
  const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const stored = `Stored ${plural(counts.articles, 'new article')} and ${plural(counts.versions, 'new version')}`;
  const kept = counts.unchanged + counts.duplicates > 0 ? `; ${plural(counts.unchanged + counts.duplicates, 'article was', 'articles were')} already stored` : '';
  return `${stored}${kept}; ${plural(counts.stories, 'new story', 'new stories')}, ${plural(analysed, 'story', 'stories')} analysed. Store: ${stderrSafe(db.location)}\n`;
}
