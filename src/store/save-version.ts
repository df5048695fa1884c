import type { Removed, SourceMapEntry, VersionEdit } from '../model/index.ts';
import { jsonParam } from './storable.ts';
import type { Sql, SqlClient } from './sql-client.ts';

/** One version to store: the article it belongs to (by key), its text and metadata, and the story it joins. */
export interface NewVersion {
  readonly key: string;
  readonly url: string | null;
  /** The address the version was fetched from after redirects, when not `url`. */
  readonly finalUrl?: string | undefined;
  readonly source: string;
  readonly outlet: string | null;
  /** The content-derived article id reports use for it; unique in the store. */
  readonly ref: string;
  readonly contentHash: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly text: string;
  readonly sourceMap: readonly SourceMapEntry[];
  readonly removed: readonly Removed[];
  /** When it was read. */
  readonly fetchedAt: Date;
  /** The story's key (its first version's ref), created when new. */
  readonly story: string;
  /** The stored version it matched (by ref), if any. */
  readonly matched: string | null;
  /** Why it is in its story, as JSON. */
  readonly reason: unknown;
  /** For a later version: the version it follows (its row id) and its edits against it. */
  readonly diff?: { readonly previous: number; readonly edits: readonly VersionEdit[] };
}

/** What storing one version did. */
export type SaveOutcome =
  | { readonly kind: 'stored'; readonly article: number; readonly version: number; readonly number: number; readonly story: number }
  | { readonly kind: 'unchanged'; readonly article: number; readonly number: number };

/**
 * Store one version in one transaction: its article (created on first sight), the version (numbered after the
 * article's last), its removed pieces, its story (created when new), its membership and its edits against the
 * version before it. A version whose title and
 * text the article already has is not stored again: storing is idempotent, and a crash leaves all of it or none.
 */
export async function saveVersion(db: SqlClient, v: NewVersion): Promise<SaveOutcome> {
  return db.transaction((tx) => saveVersionIn(tx, v));
}

/** Store one version as `saveVersion` does, inside a transaction already open (several versions, one commit). */
export async function saveVersionIn(tx: Sql, v: NewVersion): Promise<SaveOutcome> {
  const [article] = await tx.query<{ id: number }>(
    `insert into articles (key, url, source, outlet) values ($1, $2, $3, $4)
     on conflict (key) do update set key = excluded.key returning id`, [v.key, v.url, v.source, v.outlet]);
  const [same] = await tx.query<{ number: number }>('select number from versions where article_id = $1 and content_hash = $2', [article!.id, v.contentHash]);
  if (same) return { kind: 'unchanged', article: article!.id, number: same.number };
  const [story] = await tx.query<{ id: number }>(
    'insert into stories (key) values ($1) on conflict (key) do update set key = excluded.key returning id', [v.story]);
  const [version] = await tx.query<{ id: number; number: number }>(
    `insert into versions (article_id, number, ref, content_hash, title, byline, published, language, text, source_map, fetched_at, final_url)
     values ($1, (select coalesce(max(number), 0) + 1 from versions where article_id = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     returning id, number`,
    [article!.id, v.ref, v.contentHash, v.title, v.byline, v.published, v.language, v.text, jsonParam(v.sourceMap), v.fetchedAt, v.finalUrl ?? null]);
  if (v.removed.length > 0) {
    await tx.query(
      `insert into removed_pieces (version_id, position, reason, text, source_start, source_end)
       select $1, p.ord::integer - 1, p.piece->>'reason', p.piece->>'text', (p.piece->>'start')::integer, (p.piece->>'end')::integer
       from jsonb_array_elements($2::jsonb) with ordinality as p(piece, ord)`,
      [version!.id, jsonParam(v.removed.map((r) => ({ reason: r.reason, text: r.text, start: r.source?.start ?? null, end: r.source?.end ?? null })))]);
  }
  await tx.query(
    `insert into story_members (version_id, story_id, matched_version, reason)
     values ($1, $2, (select id from versions where ref = $3), $4)`,
    [version!.id, story!.id, v.matched, jsonParam(v.reason)]);
  if (v.diff) {
    await tx.query('insert into version_diffs (version_id, previous_id, edits) values ($1, $2, $3)', [version!.id, v.diff.previous, jsonParam(v.diff.edits)]);
  }
  return { kind: 'stored', article: article!.id, version: version!.id, number: version!.number, story: story!.id };
}
