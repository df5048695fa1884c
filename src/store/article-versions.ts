import type { ArticleHistory, VersionEdit } from '../model/index.ts';
import { isoOf } from './read-versions.ts';
import type { Sql } from './sql-client.ts';

/**
 * The stored article named by `name`: its URL (with or without a fragment), its key, or the ref of one of its
 * versions; null when the store holds none.
 */
export async function articleVersions(db: Sql, name: string): Promise<ArticleHistory | null> {
  const [article] = await db.query<{ id: number; key: string; url: string | null; outlet: string | null }>(
    `select a.id, a.key, a.url, a.outlet from articles a
     where a.key = $1 or a.key = $2 or a.url = $1 or exists (select 1 from versions v where v.article_id = a.id and v.ref = $1)
     order by a.id limit 1`, [name, name.replace(/#.*$/, '')]);
  if (!article) return null;
  const rows = await db.query<{ number: number; ref: string; title: string | null; published: Date | null; fetched_at: Date; added_at: Date; edits: VersionEdit[] | null }>(
    `select v.number, v.ref, v.title, v.published, v.fetched_at, v.added_at, d.edits from versions v
     left join version_diffs d on d.version_id = v.id where v.article_id = $1 order by v.number`, [article.id]);
  return {
    key: article.key, url: article.url, outlet: article.outlet,
    versions: rows.map((r) => ({
      number: r.number, ref: r.ref, title: r.title, published: isoOf(r.published),
      fetchedAt: isoOf(r.fetched_at) ?? '', storedAt: isoOf(r.added_at) ?? '', edits: r.edits ?? [],
    })),
  };
}
