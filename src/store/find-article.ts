import type { Sql } from './sql-client.ts';

/** A stored article as `add` needs it: its story, and its latest version's ref. */
export interface StoredArticle {
  readonly id: number;
  readonly story: string;
  readonly latestRef: string;
  /** Its latest version's row id. */
  readonly latestId: number;
  /** The number of its version with this content hash, or null. */
  readonly hasVersion: (hash: string) => Promise<number | null>;
}

/** The stored article with this key, if any. */
export async function findArticle(db: Sql, key: string): Promise<StoredArticle | null> {
  const [row] = await db.query<{ id: number; story: string; ref: string; version_id: number }>(
    `select a.id, s.key as story, v.ref, v.id as version_id from articles a
     join versions v on v.article_id = a.id
     join story_members m on m.version_id = v.id
     join stories s on s.id = m.story_id
     where a.key = $1 order by v.number desc limit 1`, [key]);
  if (!row) return null;
  return {
    id: row.id,
    story: row.story,
    latestRef: row.ref,
    latestId: row.version_id,
    hasVersion: async (hash) => (await db.query<{ number: number }>('select number from versions where article_id = $1 and content_hash = $2', [row.id, hash]))[0]?.number ?? null,
  };
}

/** Who already holds a ref: the key and outlet of the article whose version has it. */
export async function findRef(db: Sql, ref: string): Promise<{ readonly key: string; readonly outlet: string | null } | null> {
  const [row] = await db.query<{ key: string; outlet: string | null }>(
    'select a.key, a.outlet from versions v join articles a on a.id = v.article_id where v.ref = $1', [ref]);
  return row ?? null;
}
