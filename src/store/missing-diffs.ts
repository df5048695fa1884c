import { diffVersions } from '../edits/diff-versions.ts';
import { jsonParam } from './storable.ts';
import { readVersions } from './read-versions.ts';
import type { SqlClient } from './sql-client.ts';

/**
 * Find and store the edits of every later version that has none: those stored before the store kept edits (schema 1).
 * Each version's edits are stored in a transaction of their own, once (a second writer's are kept). Resolves to how
 * many versions were diffed.
 */
export async function diffMissing(db: SqlClient): Promise<number> {
  const pairs = await db.query<{ id: number; previous: number }>(
    `select v.id, p.id as previous from versions v join versions p on p.article_id = v.article_id and p.number = v.number - 1
     where v.number > 1 and not exists (select 1 from version_diffs d where d.version_id = v.id) order by v.id`);
  for (const { id, previous } of pairs) {
    const [before, after] = await readVersions(db, [previous, id]);
    if (!before || !after) continue;
    const edits = diffVersions(before, after);
    await db.transaction((tx) => tx.query(
      'insert into version_diffs (version_id, previous_id, edits) values ($1, $2, $3) on conflict (version_id) do nothing', [id, previous, jsonParam(edits)]));
  }
  return pairs.length;
}
