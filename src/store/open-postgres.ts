import { storableParam } from './storable.ts';
import { serial, StoreLostError, type Reader, type Sql, type SqlClient } from './sql-client.ts';

/**
 * How many connections the readers of one client open at most: enough for a server's two or more cores to read side
 * by side, few enough for many `serve` processes on one PostgreSQL (whose default limit is 100 connections).
 */
const READERS = 4;

/**
 * How many statement texts the readers run as named (prepared) statements: PostgreSQL parses and plans a named statement
 * once per connection and keeps its plan, where an unnamed one is planned anew every time (1-2 ms of its CPU for the
 * listing's statements, as much as running them). Bounded, since each connection keeps each one until it closes: a
 * text past the first this many runs unnamed, as every statement did before.
 */
const NAMED_READS = 200;

/**
 * A PostgreSQL server's database, by URL (`postgres://user:pass@host:port/db`), through one connection for writes and
 * whatever holds a session (advisory locks), and a small pool for `reader`, opened on its first use. When the
 * connection is lost (the server stopped or restarted, the backend terminated, the network gone), `lost` settles and
 * every statement from then on throws one `StoreLostError` saying so.
 */
export async function openPostgres(url: string): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  const location = redactUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  let closing = false;
  let lost: StoreLostError | null = null;
  let tell: (error: StoreLostError) => void = () => undefined;
  const lostPromise = new Promise<StoreLostError>((resolve) => { tell = resolve; });
  const lose = (error: unknown): StoreLostError => {
    if (lost === null) {
      lost = new StoreLostError(location, `the connection to the database was lost (${reasonOf(error)})`, { cause: error });
      if (!closing) tell(lost);
    }
    return lost;
  };
  // A connection lost while idle is reported here, then on the next statement; unhandled, it would end the process.
  client.on('error', (error) => { if (!closing) lose(error); });
  client.on('end', () => { if (!closing) lose(new Error('the server closed it')); });
  await client.connect();
  // the readers' pool, opened on the first read: its connections are told apart from the writer's only by use
  let pool: InstanceType<typeof pg.Pool> | null = null;
  const readers = (): InstanceType<typeof pg.Pool> => {
    if (pool === null) {
      pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 15_000, max: READERS });
      // an idle reader's connection lost: the pool drops it and opens another when asked; the writer's tells `lost`
      pool.on('error', () => undefined);
    }
    return pool;
  };
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < NAMED_READS) names.set(text, name = `wiretrace_read_${names.size}`);
    return name;
  };
  // one statement on a connection, the writer's or a reader's (named when `named`); a connection lost is the store lost
  const read = async <T,>(on: Pick<import('pg').PoolClient, 'query'>, text: string, params?: readonly unknown[], named = false): Promise<T[]> => {
    if (lost !== null) throw lost;
    try {
      const name = named ? nameOf(text) : undefined;
      const values = params?.map(storableParam);
      return (await (name === undefined ? on.query(text, values) : on.query({ name, text, ...(values && { values }) }))).rows as T[];
    } catch (error) {
      if (lost !== null || isConnectionError(error)) throw lose(error);
      throw error;
    }
  };
  const run = <T,>(text: string, params?: readonly unknown[]): Promise<T[]> => read<T>(client, text, params);
  const reader: Reader = {
    query: <T,>(text: string, params: readonly unknown[] = []) => read<T>(readers(), text, params, true),
    exec: async (text: string) => { await read(readers(), text); },
    transaction: async (fn) => {
      const on = await readers().connect().catch((error: unknown) => { throw isConnectionError(error) ? lose(error) : error; });
      const tx = { query: <T,>(text: string, params: readonly unknown[] = []) => read<T>(on, text, params), exec: async (text: string) => { await read(on, text); } } as Sql;
      let broken: unknown;
      try {
        return await inTransaction(tx, fn, () => true);
      } catch (error) {
        broken = error;
        throw error;
      } finally {
        // a connection that failed is not handed to the next reader
        on.release(broken !== undefined && isConnectionError(broken) ? (broken as Error) : undefined);
      }
    },
  } as Reader;
  const queue = serial();
  const direct: Sql = {
    query: <T,>(text: string, params: readonly unknown[] = []) => run<T>(text, params),
    exec: async (text: string) => { await run(text); },
  } as Sql;
  return {
    kind: 'postgres',
    location,
    lost: lostPromise,
    query: (text, params) => queue(() => direct.query(text, params)),
    exec: (text) => queue(() => direct.exec(text)),
    transaction: (fn) => queue(() => inTransaction(direct, fn, () => lost === null)),
    reader,
    close: () => queue(async () => {
      closing = true;
      if (lost === null) await client.end();
      await pool?.end().catch(() => undefined);
    }),
  };
}

// `fn` between begin and commit on one connection; rolled back when it throws (if the connection is still there).
async function inTransaction<R>(tx: Sql, fn: (tx: Sql) => Promise<R>, canRollBack: () => boolean): Promise<R> {
  await tx.exec('begin');
  try {
    const result = await fn(tx);
    await tx.exec('commit');
    return result;
  } catch (error) {
    if (canRollBack()) await tx.exec('rollback').catch(() => undefined);
    throw error;
  }
}

// The server's connection errors (class 08, and 57P: shut down, terminated by an administrator, restarting) and the
// driver's and the socket's own.
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (/^(08|57P)/.test(code) || /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH)$/.test(code))) return true;
  return error instanceof Error && /Connection terminated|not queryable|connection is closed/i.test(error.message);
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim() || 'no reason given';
}

/** A database URL fit to print: its password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
