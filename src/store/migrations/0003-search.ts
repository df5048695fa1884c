import type { Migration } from '../migration.ts';

// A language's text-search configuration (its stemmer), by the primary subtag of a version's language; any other
// language is indexed by its words as they stand.
const STEMMERS: Readonly<Record<string, string>> = {
  ar: 'arabic', da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish', fi: 'finnish', fr: 'french',
  hu: 'hungarian', id: 'indonesian', it: 'italian', nl: 'dutch', no: 'norwegian', nb: 'norwegian', pt: 'portuguese',
  ro: 'romanian', ru: 'russian', sv: 'swedish', tr: 'turkish',
};

const config = `case split_part(lower(coalesce(language, '')), '-', 1) ${Object.entries(STEMMERS)
  .map(([tag, name]) => `when '${tag}' then '${name}'::regconfig`).join(' ')} else 'simple'::regconfig end`;

/**
 * For `serve`: full-text search over every stored version (PostgreSQL's own, so the same on PGlite and a server): its
 * title and text as words (the `simple` configuration: any language, no stemming) and as its language's stems, a
 * generated column with a GIN index; a query is matched as words and as English stems (`search-stories.ts`). And what
 * listing and filtering stories reads of an analysis without opening its claims and findings: their counts and each
 * finding's kind, generated columns too.
 */
export const search: Migration = {
  version: 3,
  name: 'search and listing',
  sql: `
alter table versions add column search tsvector generated always as (
  setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)
  || to_tsvector(${config}, coalesce(title, '') || ' ' || text)
) stored;
create index versions_search on versions using gin (search);
create index analyses_story on analyses (story_id, id desc);
alter table analyses
  add column version_count integer generated always as (jsonb_array_length(versions)) stored,
  add column claim_count integer generated always as (jsonb_array_length(claims)) stored,
  add column finding_count integer generated always as (jsonb_array_length(findings)) stored,
  add column finding_kinds jsonb generated always as (jsonb_path_query_array(findings, '$[*].kind')) stored;
`,
};
