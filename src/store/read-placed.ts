import type { Sql } from './sql-client.ts';

/** A stored version as grouping reads it again: its words and the story it was placed in. */
export interface PlacedVersion {
  /** Its row id: versions are stored in the order of their ids. */
  readonly id: number;
  readonly ref: string;
  readonly title: string | null;
  readonly text: string;
  readonly language: string | null;
  readonly story: string;
}

/**
 * Every stored version in the order it was stored (those after the version id `after`, when given), a page at a time
 * (memory holds one page of texts).
 */
export async function* readPlaced(db: Sql, page = 500, after = 0): AsyncGenerator<PlacedVersion> {
  for (;;) {
    const rows = await db.query<PlacedVersion>(
      `select v.id, v.ref, v.title, v.text, v.language, s.key as story from versions v
       join story_members m on m.version_id = v.id join stories s on s.id = m.story_id
       where v.id > $1 order by v.id limit $2`, [after, page]);
    yield* rows;
    if (rows.length < page) return;
    after = rows.at(-1)!.id;
  }
}
