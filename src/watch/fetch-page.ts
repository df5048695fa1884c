import type { ReadInput } from '../pipeline/stream-articles.ts';
import { bytesToDocuments } from '../ingest/bytes-to-documents.ts';
import { fetchIfChanged, type FetchOptions, type Validators } from '../ingest/fetch-url.ts';
import { charsetOfContentType } from '../ingest/find-declared-charset.ts';
import { InputError } from '../ingest/input-error.ts';
import { fetchedMeta } from '../ingest/fetched-meta.ts';
import type { RobotsVerdict } from './robots-rules.ts';

/** What fetching an item's page gave: its documents to add (with the validators to keep), no change, or why not. */
export type PageAnswer =
  | { readonly kind: 'fetched'; readonly read: ReadInput; readonly etag: string | null; readonly lastModified: string | null }
  | { readonly kind: 'not-modified' }
  /** Not fetched: `retry` when it failed (it is asked for again next poll), not when robots.txt disallows it. */
  | { readonly kind: 'skipped'; readonly reason: string; readonly retry: boolean };

/**
 * Fetch an item's page as URL input is fetched (the same address rules, limits and reading), unless its site's
 * robots.txt disallows it (after the wait its Crawl-delay asks for); with the validators of its last answer, as a conditional GET.
 */
export async function fetchPage(url: string, validators: Validators, robots: (url: string) => Promise<RobotsVerdict>, fetchOptions: FetchOptions & { readonly signal?: AbortSignal }, maxItems: number): Promise<PageAnswer> {
  try {
    const verdict = await robots(url);
    if (!verdict.allowed) return { kind: 'skipped', reason: `Not fetched: ${verdict.reason}`, retry: verdict.retry };
    if (verdict.waitMs > 0) await wait(verdict.waitMs, fetchOptions.signal);
    const fetched = await fetchIfChanged(url, validators, fetchOptions);
    if ('notModified' in fetched) return { kind: 'not-modified' };
    const read = bytesToDocuments(fetched.bytes, {
      source: url,
      name: new URL(fetched.url).pathname,
      contentType: fetched.contentType,
      charset: charsetOfContentType(fetched.contentType),
      meta: fetchedMeta(url, fetched),
      maxBytes: fetchOptions.maxBytes,
      maxItems,
    });
    return { kind: 'fetched', read, etag: fetched.etag, lastModified: fetched.lastModified };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { kind: 'skipped', reason: error.message, retry: true };
  }
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
