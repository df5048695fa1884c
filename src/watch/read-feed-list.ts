import type { InputProblem } from '../model/index.ts';
import { decodeBytes } from '../ingest/decode-bytes.ts';
import { fetchUrl, type FetchOptions } from '../ingest/fetch-url.ts';
import { charsetOfContentType } from '../ingest/find-declared-charset.ts';
import { InputError } from '../ingest/input-error.ts';
import { readFile } from '../ingest/read-file.ts';
import { sniffText } from '../ingest/sniff-text.ts';
import { readOpml } from './read-opml.ts';

/** The feeds some arguments name, and the arguments that name none (each with why). */
export interface FeedList {
  readonly feeds: readonly string[];
  readonly problems: readonly InputProblem[];
}

/**
 * The feeds named by `watch` or `feeds add` arguments: a feed's http(s) URL (fetched once, as URL input is, to check
 * it is an RSS or Atom feed), or an OPML subscription list as a file or a URL (each feed it names, as given). A feed
 * saved in a file cannot be polled: its web address is asked for.
 */
export async function readFeedList(inputs: readonly string[], fetchOptions: FetchOptions): Promise<FeedList> {
  const feeds: string[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    try {
      for (const feed of await feedsOf(input, fetchOptions)) if (!feeds.includes(feed)) feeds.push(feed);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ input, reason: error.message });
    }
  }
  return { feeds, problems };
}

async function feedsOf(input: string, fetchOptions: FetchOptions): Promise<readonly string[]> {
  const isUrl = /^https?:\/\//i.test(input);
  if (!isUrl && /^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new InputError('A feed is watched at an http:// or https:// address');
  const fetched = isUrl ? await fetchUrl(input, fetchOptions) : null;
  const bytes = fetched?.bytes ?? await readFile(input, fetchOptions.maxBytes);
  const text = decodeBytes(bytes, charsetOfContentType(fetched?.contentType ?? null)).text;
  const opml = readOpml(text);
  if (opml) {
    const urls = opml.feeds.filter((u) => /^https?:\/\//i.test(u) && URL.canParse(u)).map((u) => new URL(u).href);
    if (urls.length === 0) throw new InputError('OPML file names no http(s) feed (no <outline xmlUrl="...">)');
    return urls;
  }
  const kind = sniffText(text, input, fetched?.contentType ?? null).kind;
  if (kind !== 'feed') throw new InputError(`Not an RSS or Atom feed, nor an OPML list (it reads as ${kind === 'unsupported' ? 'binary data' : kind})`);
  if (!fetched) throw new InputError('A feed saved in a file cannot be polled: give its http:// or https:// address');
  return [new URL(input).href];
}
