import type { RawMeta } from '../model/index.ts';
import type { Fetched } from './fetch-url.ts';

/**
 * The metadata a fetched page carries: the URL it was asked for (an article is stored under the address the user or
 * the feed gave: a site that renames a page when it edits the headline redirects the old address, and the edit must
 * stay a version of the same article), the address it ended at after redirects when that is another (`finalUrl`),
 * and the language its header declares.
 */
export function fetchedMeta(asked: string, fetched: Pick<Fetched, 'url' | 'language'>): RawMeta {
  const url = URL.canParse(asked) ? new URL(asked).href : asked;
  return { url, ...(fetched.url !== url && { finalUrl: fetched.url }), ...(fetched.language && { language: fetched.language }) };
}
