import type { Migration } from '../migration.ts';

/**
 * The stories a full-text query matches, from the search index alone. Each version keeps its story's row id
 * (`versions.story_id`, written with the version: a version joins one story, once, in the transaction that stores it),
 * so the versions the index finds name their stories themselves, where `matching_versions` (migration 6) left every
 * match to be joined to `story_members`, read whole (4,000 rows for 940 matches on 4,000 versions: half the search's
 * time). `matching_stories(q)` is that, as `matching_versions` was: one statement, sequential scans off inside it alone.
 * A store from before it gets its versions' story ids here, which rewrites every version (PostgreSQL computes the
 * search vectors again: ~4 s for 4,000 versions), then a vacuum of the table (the embedded store has no autovacuum,
 * and the rewritten rows would be read past by every search).
 */
export const versionStory: Migration = {
  version: 7,
  name: 'version story',
  sql: `
alter table versions add column story_id integer references stories (id);
update versions v set story_id = m.story_id from story_members m where m.version_id = v.id;
create function matching_stories(q text) returns setof integer language sql stable set enable_seqscan = off as $$
  select distinct story_id from versions
  where search @@ (websearch_to_tsquery('simple', q) || websearch_to_tsquery('english', q)) and story_id is not null
$$;
`,
  after: 'vacuum analyze versions',
};
