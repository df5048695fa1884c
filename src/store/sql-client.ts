/** A row as a driver returns it: column name to value. */
export type Row = Record<string, unknown>;

/** Something that runs one SQL statement with `$1`-style parameters: the store's only way to the database. */
export interface Sql {
  query<T extends object = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run a script of several statements, without parameters (a migration). */
  exec(text: string): Promise<void>;
}

/**
 * One database, embedded or a server, behind the same SQL: statements, transactions (committed when `fn` resolves,
 * rolled back when it throws) and closing. Statements from one client never interleave.
 */
export interface SqlClient extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Where it is, for messages: the data directory, or the URL without its password. */
  readonly location: string;
  transaction<R>(fn: (tx: Sql) => Promise<R>): Promise<R>;
  /**
   * For reads that hold nothing in a session (no advisory lock, no `set` outside a transaction): on a server, a few
   * connections of their own, so that the readers of a busy `serve` run side by side and never wait behind a writer;
   * on the embedded store, the client itself (one process, one connection).
   */
  readonly reader: Reader;
  close(): Promise<void>;
  /**
   * Settles when the connection to a server is lost (never for the embedded store): from then on every statement
   * throws the same `StoreLostError`.
   */
  readonly lost: Promise<StoreLostError>;
}

/** Statements and transactions on connections that keep no session state between them. */
export type Reader = Sql & Pick<SqlClient, 'transaction'>;

/** The connection to the store's database server was lost while it was open: where it was, and what ended it. */
export class StoreLostError extends Error {
  constructor(readonly location: string, reason: string, options?: ErrorOptions) {
    super(reason, options);
  }
}

/** A queue that runs one task at a time, in order: a client's transaction and a stray statement never interleave. */
export function serial(): <R>(task: () => Promise<R>) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return <R>(task: () => Promise<R>): Promise<R> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
