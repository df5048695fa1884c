import type { Report } from '../model/index.ts';
import { jsonParam } from './storable.ts';
import type { SqlClient } from './sql-client.ts';

/**
 * Store a story's analysis with the set of versions it read: its claims, its findings (the divergences) and the
 * rest of the report but the articles (outlet-only material, origins, copying, copies, the baseline, the language
 * compared and the articles in other languages, not compared). The same
 * story and version set is stored once. Resolves to whether it was new.
 */
export async function saveAnalysis(db: SqlClient, story: number, versions: readonly number[], report: Report): Promise<boolean> {
  const set = [...versions].sort((a, b) => a - b);
  const extra = {
    unique: report.unique, origins: report.origins, copying: report.copying, copies: report.copies ?? [], baseline: report.baseline ?? null,
    comparedLanguage: report.comparedLanguage ?? null, notCompared: report.notCompared ?? [],
  };
  const rows = await db.transaction((tx) => tx.query(
    `insert into analyses (story_id, version_set, versions, claims, findings, extra) values ($1, $2, $3, $4, $5, $6)
     on conflict (story_id, version_set) do nothing returning id`,
    [story, set.join(','), jsonParam(set), jsonParam(report.claims), jsonParam(report.divergences), jsonParam(extra)]));
  return rows.length > 0;
}
