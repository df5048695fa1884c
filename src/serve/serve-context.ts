import type PgBoss from 'pg-boss';
import type { AnalysisThread } from '../pipeline/start-analysis-thread.ts';
import type { SqlClient } from '../store/sql-client.ts';
import type { ReportCache } from './report-cache.ts';
import type { SummaryCache } from './summary-cache.ts';
import type { ServedGeneration } from './response-cache.ts';
import type { UrlOptions } from './read-pasted.ts';

/** What every route reads: the open store, the rebuilt reports and kept summaries, how pasted URLs are fetched, and the job queue. */
export interface ServeContext {
  readonly db: SqlClient;
  readonly reports: ReportCache;
  /** The stories' summaries the listing shows, kept by each story's state. */
  readonly summaries: SummaryCache;
  readonly urls: UrlOptions;
  /** With workers (`serve --workers`, a PostgreSQL store): the queue that pasted documents and new feeds go to. */
  readonly queue?: PgBoss;
  /** Where stories are analysed off the server's thread (pasted articles' stories; on the server's thread when not given). */
  readonly analysis?: AnalysisThread;
  /** The store generation the response cache keys by (read from the store for every request when not given). */
  readonly generation?: ServedGeneration;
}
