import type { Migration } from '../migration.ts';

/**
 * The versions a full-text query matches, found from the search index of migration 3 in one statement. The planner
 * costs reading every version by the table's own pages, not the search vectors kept out of line (TOAST, ten times the
 * table), so for a word in one version of ten it chose to read them all (80-140 ms on 10,000 versions, against 7-19 ms
 * from the index). Sequential scans are off inside this function alone (its `set` clause), where the reader had to
 * open a transaction to turn them off: four round trips for one query.
 */
export const searchFunction: Migration = {
  version: 6,
  name: 'search function',
  sql: `
create function matching_versions(q text) returns setof integer language sql stable set enable_seqscan = off as $$
  select id from versions where search @@ (websearch_to_tsquery('simple', q) || websearch_to_tsquery('english', q))
$$;
`,
};
