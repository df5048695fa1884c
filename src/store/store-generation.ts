import type { Sql } from './sql-client.ts';

/**
 * What a store holds, in one cheap value: the last version and the last analysis stored. Rows are only ever added,
 * and one writer at a time adds them (`add`'s writer lock), each in order, so the value changes whenever anything a
 * reader sees does: a cache keyed by it is never stale.
 */
export async function storeGeneration(db: Sql): Promise<string> {
  const [row] = await db.query<{ v: number; a: number }>(
    'select (select coalesce(max(id), 0) from versions) as v, (select coalesce(max(id), 0) from analyses) as a');
  return `${row!.v}.${row!.a}`;
}
