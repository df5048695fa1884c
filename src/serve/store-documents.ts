import type { RawDocument } from '../model/index.ts';
import { analyzeStored } from '../pipeline/analyze-stored.ts';
import type { AnalysisThread } from '../pipeline/start-analysis-thread.ts';
import { streamArticles } from '../pipeline/stream-articles.ts';
import { addArticle, type AddOutcome } from '../store/add-article.ts';
import { storedGrouping, tryLockWriter, WRITER_LOCK } from '../store/stored-grouping.ts';
import { readVersions } from '../store/read-versions.ts';
import { saveAnalysis } from '../store/save-analysis.ts';
import { staleStories } from '../store/stale-stories.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { ApiError } from './api-error.ts';

// A session's advisory lock is taken again by the same session: the server's own writers are kept apart here.
const writing = new WeakSet<SqlClient>();

/**
 * Store documents as `wiretrace add` does (each cleaned on its own, placed into the stored stories, each story they
 * change analysed again, without the sentence model: on `thread`, the server's analysis thread, when given, so other
 * requests are answered meanwhile). Throws an `ApiError` (409) when another process is writing.
 */
export async function storeDocuments(db: SqlClient, documents: readonly RawDocument[], thread?: AnalysisThread): Promise<AddOutcome[]> {
  const busy = (): ApiError => new ApiError(409, 'busy', 'Another wiretrace is adding to the store; try again when it is done');
  if (writing.has(db)) throw busy();
  writing.add(db);
  try {
    if (!(await tryLockWriter(db))) throw busy();
  } catch (error) {
    writing.delete(db);
    throw error;
  }
  try {
    const { grouping } = await storedGrouping(db);
    const outcomes: AddOutcome[] = [];
    const reads = (async function* () { yield { documents, problems: [] }; })();
    for await (const item of streamArticles(reads, { windowDocuments: 1 })) {
      if (item.kind === 'article') outcomes.push(await addArticle(db, grouping, item.article));
    }
    for (const story of await staleStories(db)) {
      const versions = await readVersions(db, story.versions);
      await saveAnalysis(db, story.id, story.versions, await (thread ? thread.analyze(versions, { embedBudget: 0 }) : analyzeStored(versions, { embedBudget: 0 })));
    }
    await db.exec('analyze');
    return outcomes;
  } finally {
    writing.delete(db);
    await db.query('select pg_advisory_unlock($1)', [WRITER_LOCK]);
  }
}
