import { storableParam } from './storable.ts';
import { serial, type Sql, type SqlClient } from './sql-client.ts';

/** A PostgreSQL server's database, by URL (`postgres://user:pass@host:port/db`), through one connection. */
export async function openPostgres(url: string): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  // A connection lost while idle is reported on the next statement; unhandled, it would end the process.
  client.on('error', () => undefined);
  await client.connect();
  const queue = serial();
  const direct: Sql = {
    query: async <T,>(text: string, params: readonly unknown[] = []) => (await client.query(text, params.map(storableParam))).rows as T[],
    exec: async (text: string) => { await client.query(text); },
  } as Sql;
  return {
    kind: 'postgres',
    location: redactUrl(url),
    query: (text, params) => queue(() => direct.query(text, params)),
    exec: (text) => queue(() => direct.exec(text)),
    transaction: (fn) => queue(async () => {
      await client.query('begin');
      try {
        const result = await fn(direct);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    }),
    close: () => queue(() => client.end()),
  };
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
