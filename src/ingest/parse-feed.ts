import { createRequire } from 'node:module';
import type { parseFeed as ParseFeedXml } from '@rowanmanning/feed-parser';
import type { RawDocument, RawMeta } from '../model/index.ts';
import type { ParsedItems } from './parse-jsonl.ts';
import { InputError } from './input-error.ts';
import { feedOutlet } from './feed-outlet.ts';
import { toIsoDate } from './to-iso-date.ts';
import { skippedItems } from './skipped-items.ts';

// Loaded on first use: most bundles hold no feed.
const require = createRequire(import.meta.url);
let parseFeedXml: typeof ParseFeedXml | undefined;

/**
 * Read an RSS or Atom feed: each item becomes an HTML document named `source#n` (1-based), with its
 * full content when the feed carries it (content:encoded, Atom content), else its summary.
 */
export function parseFeed(xml: string, source: string, maxItems = Infinity): ParsedItems {
  parseFeedXml ??= (require('@rowanmanning/feed-parser') as { parseFeed: typeof ParseFeedXml }).parseFeed;
  let feed: ReturnType<typeof ParseFeedXml>;
  try {
    feed = parseFeedXml(xml);
  } catch (error) {
    throw new InputError(feedError(xml, error), { cause: error });
  }
  // An item without its own author falls back to the feed's, which the library reads afresh from the whole
  // feed each time: read once, 10,000 items took 50 s instead of a fraction of one.
  Object.defineProperty(feed, 'authors', { value: feed.authors });
  const documents: RawDocument[] = [];
  const problems: ParsedItems['problems'] = [];
  const outlet = feedOutlet(plain(feed.title), feed.url);
  const language = feed.language?.trim() || undefined;
  const items = feed.items;
  items.slice(0, maxItems).forEach((item, i) => {
    const name = `${source}#${i + 1}`;
    const body = nonEmpty(item.content) ?? nonEmpty(item.description);
    if (body === undefined) {
      problems.push({ input: name, reason: 'Feed item has no content or summary' });
      return;
    }
    const byline = item.authors.map((a) => a.name?.trim()).filter((n): n is string => !!n).join(', ');
    const published = dayOnly(item.element) ?? toIsoDate((item.published ?? item.updated)?.getTime());
    const title = plain(item.title);
    const from = sourceOf(item.element) ?? outlet;
    const meta: RawMeta = {
      ...(item.url && /^https?:/i.test(item.url) && { url: item.url }),
      ...(title && { title }),
      ...(byline && { byline }),
      ...(from && { outlet: from }),
      ...(published && { published }),
      ...(language && { language }),
    };
    documents.push({ source: name, input: source, format: 'html', body, meta });
  });
  if (items.length === 0) problems.push({ input: source, reason: 'Feed has no items' });
  if (items.length > maxItems) problems.push(skippedItems(source, `${source}#${maxItems + 1}`, items.length - maxItems, maxItems));
  return { documents, problems };
}

// The XML parser's own words for what is wrong, said for a reader who did not write the feed.
const XML_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/external entit/i, 'it declares an external entity, which is never fetched'],
  [/entity .* exceeds|entity expansion|too many entit/i, 'an entity in it is too large'],
  [/nested tags|nesting/i, 'its elements are nested too deeply'],
  [/readTagExp|unexpected end|unclosed|not closed|closing tag/i, 'its XML ends before its elements close, or they close out of order'],
];
// The root element is found near the top, past the prolog (declaration, comments, doctype); looking only
// there keeps the lazy patterns below from rescanning a whole document.
const HEAD = 4096;

/** Why a document the sniffer took for a feed could not be read as one, in one line. */
function feedError(xml: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';
  const known = XML_ERRORS.find(([pattern]) => pattern.test(message));
  if (known) return `Not a readable feed: ${known[1]}`;
  const head = xml.slice(0, HEAD).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, '');
  const root = /<([a-z][\w:-]*)/i.exec(head)?.[1];
  if (root && !/^(?:rss|feed|rdf:rdf)$/i.test(root)) return `Not an RSS or Atom feed (root element <${root}>)`;
  // The parser's message quotes the document, which may hold anything: only its position is kept.
  const at = /position (\d+)|line:? ?(\d+)/i.exec(message);
  return `Not a readable feed: its XML is malformed${at ? ` (near ${at[1] ? `character ${at[1]}` : `line ${at[2]}`})` : ''}`;
}

type ItemElement = ReturnType<typeof ParseFeedXml>['items'][number]['element'];

/**
 * The outlet an item was first published by, which an aggregator's feed names in RSS `<source url="...">Name</source>`
 * (Atom: `<source><title>`), or Dublin Core `dc:publisher`; a bare address names no outlet.
 */
function sourceOf(element: ItemElement): string | undefined {
  const source = element.findElementWithName('source');
  const name = plain(source?.findElementWithName('title')?.textContentNormalized ?? source?.textContentNormalized ?? null)
    ?? plain(element.findElementWithName('publisher')?.textContentNormalized ?? null);
  return name !== undefined && !/^[a-z]+:\/\/|^www\./i.test(name) ? name : undefined;
}

/** A publication date the item gives as a day alone ("2026-10-07" in dc:date or pubDate): kept as a day, not read as midnight UTC. */
function dayOnly(element: ItemElement): string | undefined {
  for (const name of ['pubdate', 'date', 'published', 'issued']) {
    const text = element.findElementWithName(name)?.textContentNormalized;
    if (text === undefined || text === '') continue;
    const day = /^(\d{4}-\d{2}-\d{2})$/.exec(text)?.[1];
    return day !== undefined && !Number.isNaN(Date.parse(day)) ? day : undefined;
  }
  return undefined;
}

function nonEmpty(text: string | null): string | undefined {
  return text && text.trim() !== '' ? text : undefined;
}

/** Feed titles may carry markup (`type="html"`); metadata is plain text. A tag never spans a "<", so a flood of them is one pass. */
function plain(text: string | null): string | undefined {
  const stripped = text?.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
  return stripped || undefined;
}
