import { createHash } from 'node:crypto';
import type { InputProblem } from '../model/index.ts';
import { decodeBytes } from '../ingest/decode-bytes.ts';
import { fetchIfChanged, type FetchOptions, type Validators } from '../ingest/fetch-url.ts';
import { charsetOfContentType } from '../ingest/find-declared-charset.ts';
import { InputError } from '../ingest/input-error.ts';
import { parseFeed } from '../ingest/parse-feed.ts';
import { sniffText } from '../ingest/sniff-text.ts';

/** One item of a feed, as watch follows it: its page's URL, and a hash of its entry (to see it change). */
export interface FeedEntry {
  readonly url: string;
  readonly entryHash: string;
}

/** What polling a feed got: nothing new since the validators sent (304), or its items and new validators. */
export type FeedAnswer =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'items'; readonly entries: readonly FeedEntry[]; readonly problems: readonly InputProblem[]; readonly etag: string | null; readonly lastModified: string | null };

/**
 * Poll a feed with a conditional GET (its last ETag and Last-Modified), through the same fetch as URL input (address
 * rules, redirects, timeout, size limit), and read its items as `parseFeed` reads a feed: each item with a link to
 * its page, in the feed's order, once each. An item without a link is named as a problem; a body that is no feed
 * throws an `InputError` saying so.
 */
export async function readFeed(url: string, validators: Validators, fetchOptions: FetchOptions & { readonly signal?: AbortSignal }, maxItems: number): Promise<FeedAnswer> {
  const fetched = await fetchIfChanged(url, validators, fetchOptions);
  if ('notModified' in fetched) return { kind: 'not-modified' };
  const text = decodeBytes(fetched.bytes, charsetOfContentType(fetched.contentType)).text;
  const kind = sniffText(text, new URL(fetched.url).pathname, fetched.contentType).kind;
  if (kind !== 'feed') throw new InputError(`Not an RSS or Atom feed (it reads as ${kind === 'unsupported' ? 'binary data' : kind})`);
  const parsed = parseFeed(text, url, maxItems);
  const entries: FeedEntry[] = [];
  const problems: InputProblem[] = [...parsed.problems];
  const seen = new Set<string>();
  for (const doc of parsed.documents) {
    const link = doc.meta.url;
    if (link === undefined || !URL.canParse(link)) {
      problems.push({ input: doc.source, reason: 'Feed item has no link to its page, so it is not followed' });
      continue;
    }
    const page = new URL(link);
    page.hash = '';
    if (seen.has(page.href)) continue;
    seen.add(page.href);
    const entryHash = createHash('sha256').update([doc.meta.title ?? '', doc.meta.published ?? '', doc.body].join('\u0000')).digest('hex');
    entries.push({ url: page.href, entryHash });
  }
  return { kind: 'items', entries, problems, etag: fetched.etag, lastModified: fetched.lastModified };
}
