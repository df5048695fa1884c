import type { Migration } from '../migration.ts';

/**
 * The first schema. An article is what one URL (or one file or feed item, when it has no URL) holds over time; each
 * distinct text of it is a version. Stories hold versions; an analysis is stored with the set of versions it read.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
create table articles (
  id integer generated always as identity primary key,
  key text not null unique,
  url text,
  source text not null,
  outlet text,
  first_seen timestamptz not null default now()
);

create table stories (
  id integer generated always as identity primary key,
  key text not null unique,
  created_at timestamptz not null default now()
);

create table versions (
  id integer generated always as identity primary key,
  article_id integer not null references articles (id),
  number integer not null,
  ref text not null unique,
  content_hash text not null,
  title text,
  byline text,
  published timestamptz,
  language text,
  text text not null,
  source_map jsonb not null,
  fetched_at timestamptz not null,
  added_at timestamptz not null default now(),
  unique (article_id, content_hash),
  unique (article_id, number)
);

create table removed_pieces (
  version_id integer not null references versions (id),
  position integer not null,
  reason text not null,
  text text not null,
  source_start integer,
  source_end integer,
  primary key (version_id, position)
);

create table story_members (
  version_id integer primary key references versions (id),
  story_id integer not null references stories (id),
  matched_version integer references versions (id),
  reason jsonb not null
);
create index story_members_story on story_members (story_id);

create table analyses (
  id integer generated always as identity primary key,
  story_id integer not null references stories (id),
  version_set text not null,
  versions jsonb not null,
  claims jsonb not null,
  findings jsonb not null,
  extra jsonb not null,
  analysed_at timestamptz not null default now(),
  unique (story_id, version_set)
);
`,
};
