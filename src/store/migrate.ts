import type { Migration } from './migration.ts';
import type { SqlClient } from './sql-client.ts';

// Any fixed number: held while migrating, so two processes opening one new database do not both build it.
const MIGRATION_LOCK = 7_131_401;

/**
 * Bring a database up to the last migration: those not yet recorded in `schema_migrations` run, with their records,
 * in one transaction (PostgreSQL's DDL is transactional), so a crash leaves them applied whole or not at all; then
 * what each asks to run after its commit (`after`).
 * Resolves to the versions applied now. A database newer than this code is refused.
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[]): Promise<number[]> {
  const applied = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) throw new StoreVersionError(`it was written by a newer wiretrace (schema ${newest}, this one knows up to ${known})`);
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
  for (const migration of migrations) if (migration.after !== undefined && applied.includes(migration.version)) await db.exec(migration.after);
  return applied;
}

/** A store this code cannot read. */
export class StoreVersionError extends Error {}
