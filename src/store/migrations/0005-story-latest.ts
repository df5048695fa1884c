import type { Migration } from '../migration.ts';

/**
 * For listing and searching stories without reading every version: each story's latest time (the last publication,
 * else arrival, of its versions), kept by a trigger as each version joins it (every writer stores a membership, and
 * rows are only added), with an index in the order the stories are listed.
 */
export const storyLatest: Migration = {
  version: 5,
  name: 'story-latest',
  sql: `
alter table stories add column latest timestamptz;
update stories s set latest = x.latest from (
  select m.story_id, max(coalesce(v.published, v.added_at)) as latest
  from story_members m join versions v on v.id = m.version_id group by m.story_id) x
where x.story_id = s.id;
create index stories_latest on stories (latest desc, id desc);
create function story_member_latest() returns trigger language plpgsql as $$
begin
  update stories set latest = greatest(latest, (select coalesce(published, added_at) from versions where id = new.version_id))
  where id = new.story_id;
  return new;
end $$;
create trigger story_member_latest after insert on story_members for each row execute function story_member_latest();
`,
};
