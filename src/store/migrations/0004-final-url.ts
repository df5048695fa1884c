import type { Migration } from '../migration.ts';

/**
 * A version fetched through redirects keeps the address it ended at. The article stays under the address it was
 * asked for (a feed's link, a URL given to `add`): a site that renames a page when it edits it redirects the old
 * address, and the edited text must stay a version of the same article.
 */
export const finalUrl: Migration = {
  version: 4,
  name: 'final-url',
  sql: `
alter table versions add column final_url text;
`,
};
