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
  return (await db.transaction((tx) => saveVersionsIn(tx, [v])))[0]!;
}

/**
 * Store versions as `saveVersion` stores each, in order, inside a transaction already open (one commit for the lot),
 * with one statement per table for the lot rather than per version: the statements, not the rows, are what the
 * writer waits for. Each version's article must be another (no two of one key); a version may be matched with one
 * stored before it in the lot.
 */
export async function saveVersionsIn(tx: Sql, versions: readonly NewVersion[]): Promise<SaveOutcome[]> {
  if (versions.length === 0) return [];
  if (new Set(versions.map((v) => v.key)).size !== versions.length) throw new Error('Cannot store two versions of one article in one lot');
  const articles = new Map((await tx.query<{ id: number; key: string }>(
    `insert into articles (key, url, source, outlet)
     select r.key, r.url, r.source, r.outlet from jsonb_to_recordset($1::jsonb) as r(key text, url text, source text, outlet text)
     on conflict (key) do update set key = excluded.key returning id, key`,
    [jsonParam(versions.map((v) => ({ key: v.key, url: v.url, source: v.source, outlet: v.outlet })))])).map((a) => [a.key, a.id]));
  const articleOf = (v: NewVersion): number => articles.get(v.key)!;
  // the versions whose article already holds their text: stored before (a job run again), not stored twice
  const same = new Map((await tx.query<{ article_id: number; number: number }>(
    `select v.article_id, v.number from jsonb_to_recordset($1::jsonb) as r(article_id integer, hash text)
     join versions v on v.article_id = r.article_id and v.content_hash = r.hash`,
    [jsonParam(versions.map((v) => ({ article_id: articleOf(v), hash: v.contentHash })))])).map((s) => [s.article_id, s.number]));
  const fresh = versions.filter((v) => !same.has(articleOf(v)));
  const stories = new Map(fresh.length === 0 ? [] : (await tx.query<{ id: number; key: string }>(
    `insert into stories (key) select distinct k from jsonb_array_elements_text($1::jsonb) as k
     on conflict (key) do update set key = excluded.key returning id, key`, [jsonParam(fresh.map((v) => v.story))])).map((s) => [s.key, s.id]));
  // in the lot's order: versions are read back (and placed again) in the order of their ids; each with its story's id
  // (migration 7: what a full-text search reads), as its membership below
  const stored = new Map(fresh.length === 0 ? [] : (await tx.query<{ id: number; number: number; article_id: number }>(
    `insert into versions (article_id, number, ref, content_hash, title, byline, published, language, text, source_map, fetched_at, final_url, story_id)
     select r.article_id, (select coalesce(max(x.number), 0) + 1 from versions x where x.article_id = r.article_id), r.ref, r.hash,
       r.title, r.byline, r.published, r.language, r.text, r.source_map, r.fetched_at, r.final_url, r.story_id
     from jsonb_to_recordset($1::jsonb) as r(i integer, article_id integer, ref text, hash text, title text, byline text, published timestamptz,
       language text, text text, source_map jsonb, fetched_at timestamptz, final_url text, story_id integer)
     order by r.i
     returning id, number, article_id`,
    [jsonParam(fresh.map((v, i) => ({
      i, article_id: articleOf(v), ref: v.ref, hash: v.contentHash, title: v.title, byline: v.byline, published: v.published, language: v.language,
      text: v.text, source_map: v.sourceMap, fetched_at: v.fetchedAt, final_url: v.finalUrl ?? null, story_id: stories.get(v.story)!,
    })))])).map((r) => [r.article_id, r]));
  const versionOf = (v: NewVersion): number => stored.get(articleOf(v))!.id;
  const pieces = fresh.flatMap((v) => v.removed.map((r, position) => ({
    version_id: versionOf(v), position, reason: r.reason, text: r.text, source_start: r.source?.start ?? null, source_end: r.source?.end ?? null,
  })));
  if (pieces.length > 0) {
    await tx.query(
      `insert into removed_pieces (version_id, position, reason, text, source_start, source_end)
       select r.version_id, r.position, r.reason, r.text, r.source_start, r.source_end
       from jsonb_to_recordset($1::jsonb) as r(version_id integer, position integer, reason text, text text, source_start integer, source_end integer)`,
      [jsonParam(pieces)]);
  }
  if (fresh.length > 0) {
    await tx.query(
      `insert into story_members (version_id, story_id, matched_version, reason)
       select r.version_id, r.story_id, (select id from versions where ref = r.matched), r.reason
       from jsonb_to_recordset($1::jsonb) as r(version_id integer, story_id integer, matched text, reason jsonb) order by r.version_id`,
      [jsonParam(fresh.map((v) => ({ version_id: versionOf(v), story_id: stories.get(v.story)!, matched: v.matched, reason: v.reason })))]);
  }
  const diffs = fresh.flatMap((v) => (v.diff ? [{ version_id: versionOf(v), previous_id: v.diff.previous, edits: v.diff.edits }] : []));
  if (diffs.length > 0) {
    await tx.query(
      `insert into version_diffs (version_id, previous_id, edits)
       select r.version_id, r.previous_id, r.edits from jsonb_to_recordset($1::jsonb) as r(version_id integer, previous_id integer, edits jsonb)`,
      [jsonParam(diffs)]);
  }
  return versions.map((v): SaveOutcome => {
    const article = articleOf(v);
    const number = same.get(article);
    if (number !== undefined) return { kind: 'unchanged', article, number };
    const version = stored.get(article)!;
    return { kind: 'stored', article, version: version.id, number: version.number, story: stories.get(v.story)! };
  });
}
