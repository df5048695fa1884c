import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { storableParam } from './storable.ts';
import { serial, type Sql, type SqlClient } from './sql-client.ts';
import { lockDirectory } from './lock-directory.ts';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite), its cluster in `<dir>/pglite`. One process at a
 * time: the directory is locked while open (`<dir>/lock`), since two PGlite instances on one cluster would corrupt it.
 */
export async function openPglite(dir: string): Promise<SqlClient> {
  await mkdir(dir, { recursive: true });
  const unlock = await lockDirectory(join(dir, 'lock'));
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(join(dir, 'pglite'));
    const queue = serial();
    const sqlOf = (q: Pick<typeof db, 'query' | 'exec'>): Sql => ({
      query: async <T,>(text: string, params: readonly unknown[] = []) => (await q.query<T>(text, params.map(storableParam))).rows,
      exec: async (text: string) => { await q.exec(text); },
    }) as Sql;
    const direct = sqlOf(db);
    const client: Omit<SqlClient, 'reader'> = {
      kind: 'pglite',
      location: dir,
      query: (text, params) => queue(() => direct.query(text, params)),
      exec: (text) => queue(() => direct.exec(text)),
      transaction: (fn) => queue(() => db.transaction((tx) => fn(sqlOf(tx)))),
      // one process's own files: nothing to lose a connection to
      lost: new Promise(() => undefined),
      close: async () => {
        try { await queue(() => db.close()); } finally { await unlock(); }
      },
    };
    return { ...client, reader: client };
  } catch (error) {
    await unlock();
    throw error;
  }
}
