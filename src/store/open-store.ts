import { resolve } from 'node:path';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres, redactUrl } from './open-postgres.ts';
import type { SqlClient } from './sql-client.ts';

/** Where the store is: a PostgreSQL URL, else a data directory for the embedded store. */
export interface StoreOptions {
  /** `postgres://...`; else `WIRETRACE_DB`. */
  readonly db?: string;
  /** The embedded store's directory; else `WIRETRACE_DATA`, else `./.wiretrace`. */
  readonly data?: string;
}

/** The store could not be opened: its location, and why. */
export class StoreOpenError extends Error {
  constructor(readonly location: string, reason: string, options?: ErrorOptions) {
    super(reason, options);
  }
}

export const DEFAULT_DATA_DIR = '.wiretrace';

/**
 * Open the store and bring its schema up to date: PostgreSQL when a URL is given (`--db`, else `WIRETRACE_DB`),
 * else the embedded store in the data directory (`--data`, else `WIRETRACE_DATA`, else `./.wiretrace`), created on
 * first use. Throws a `StoreOpenError` naming the store when it cannot.
 */
export async function openStore(options: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<SqlClient> {
  const url = options.db ?? (options.data === undefined ? env.WIRETRACE_DB || undefined : undefined);
  const location = url !== undefined ? redactUrl(url) : resolve(options.data ?? (env.WIRETRACE_DATA || DEFAULT_DATA_DIR));
  if (url !== undefined && !/^postgres(ql)?:\/\//i.test(url)) {
    throw new StoreOpenError(location, 'a database URL starts with postgres:// or postgresql://');
  }
  let db: SqlClient;
  try {
    db = url !== undefined ? await openPostgres(url) : await openPglite(location);
  } catch (error) {
    throw new StoreOpenError(location, `cannot open it: ${reasonOf(error)}`, { cause: error });
  }
  try {
    await migrate(db, MIGRATIONS);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new StoreOpenError(location, `cannot bring its schema up to date: ${reasonOf(error)}`, { cause: error });
  }
  return db;
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
