import type { SqlClient } from '../store/sql-client.ts';
import type { ReportCache } from './report-cache.ts';
import type { UrlOptions } from './read-pasted.ts';

/** What every route reads: the open store, the rebuilt reports, and how pasted URLs are fetched. */
export interface ServeContext {
  readonly db: SqlClient;
  readonly reports: ReportCache;
  readonly urls: UrlOptions;
}
