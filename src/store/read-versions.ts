import type { Article, Removed, RemovalReason, SourceMapEntry } from '../model/index.ts';
import { segment } from '../segment/segment.ts';
import type { Sql } from './sql-client.ts';

/** Stored versions as the articles the pipeline compares, in the order they were stored, segmented again. */
export async function readVersions(db: Sql, ids: readonly number[]): Promise<Article[]> {
  const rows = await db.query<VersionRow>(
    `select v.id, v.ref, a.source, a.url, a.outlet, v.title, v.byline, v.published, v.language, v.text, v.source_map
     from versions v join articles a on a.id = v.article_id
     where v.id in (select (jsonb_array_elements_text($1::jsonb))::integer) order by v.id`, [JSON.stringify(ids)]);
  const pieces = await db.query<PieceRow>(
    `select version_id, reason, text, source_start, source_end from removed_pieces
     where version_id in (select (jsonb_array_elements_text($1::jsonb))::integer) order by version_id, position`, [JSON.stringify(ids)]);
  const removed = new Map<number, Removed[]>();
  for (const p of pieces) {
    const list = removed.get(p.version_id) ?? [];
    list.push({ text: p.text, reason: p.reason as RemovalReason, ...(p.source_start !== null && p.source_end !== null && { source: { start: p.source_start, end: p.source_end } }) });
    removed.set(p.version_id, list);
  }
  return rows.map((r) => ({
    id: r.ref,
    source: r.source,
    url: r.url,
    title: r.title,
    byline: r.byline,
    outlet: r.outlet,
    published: isoOf(r.published),
    language: r.language,
    text: r.text,
    removed: removed.get(r.id) ?? [],
    sourceMap: r.source_map,
    ...segment(r.text),
  }));
}

/** A stored time as the model writes it: ISO 8601 in UTC, whole seconds without a fraction. */
export function isoOf(value: Date | string | null): string | null {
  if (value === null) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.000Z$/, 'Z');
}

interface VersionRow {
  readonly id: number;
  readonly ref: string;
  readonly source: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: Date | null;
  readonly language: string | null;
  readonly text: string;
  readonly source_map: SourceMapEntry[];
}

interface PieceRow {
  readonly version_id: number;
  readonly reason: string;
  readonly text: string;
  readonly source_start: number | null;
  readonly source_end: number | null;
}
