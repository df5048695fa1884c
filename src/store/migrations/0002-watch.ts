import type { Migration } from '../migration.ts';

/**
 * What `watch` keeps: the feeds it polls (each on its own interval, with the validators of its last answer for a
 * conditional GET, its errors and when it runs next), the items each feed listed (so an item is fetched when it is
 * new or its entry changed, and revisited while the feed still lists it), and, for every version after an article's first, its edits against the one before.
 */
export const watch: Migration = {
  version: 2,
  name: 'watch',
  sql: `
create table feeds (
  id integer generated always as identity primary key,
  url text not null unique,
  interval_seconds integer not null check (interval_seconds > 0),
  etag text,
  last_modified text,
  last_poll timestamptz,
  last_status text,
  last_error text,
  next_run timestamptz not null default now(),
  failures integer not null default 0,
  added_at timestamptz not null default now()
);

create table feed_items (
  feed_id integer not null references feeds (id) on delete cascade,
  url text not null,
  entry_hash text not null,
  etag text,
  last_modified text,
  first_seen timestamptz not null default now(),
  fetched_at timestamptz,
  listed boolean not null default true,
  primary key (feed_id, url)
);

create table version_diffs (
  version_id integer primary key references versions (id),
  previous_id integer not null references versions (id),
  edits jsonb not null,
  diffed_at timestamptz not null default now()
);
`,
};
