import type { RawDocument, RawMeta } from '../model/index.ts';
import { toIsoDate } from './to-iso-date.ts';

/** A JSON item read as a document, or the reason it cannot be one. */
export type JsonItemResult = { readonly document: RawDocument } | { readonly reason: string };

// Other names the same fields go by in common exports (news APIs, scrapers, datasets), in priority order.
const ALIASES = {
  url: ['url', 'link', 'canonical_url', 'canonicalUrl', 'source_url', 'sourceUrl'],
  title: ['title', 'headline'],
  outlet: ['outlet', 'site_name', 'siteName', 'publisher', 'source', 'site', 'domain'],
  published: ['published', 'published_at', 'publishedAt', 'datePublished', 'date_publish', 'pubDate', 'date', 'time'],
  byline: ['byline', 'author', 'authors', 'creator'],
  language: ['language', 'lang', 'locale'],
  text: ['text', 'content', 'body', 'maintext', 'article', 'full_text', 'fullText'],
  html: ['html', 'raw_html', 'rawHtml', 'content_html', 'contentHtml'],
  summary: ['description', 'summary'],
} as const;

type Field = keyof typeof ALIASES;

// The documented fields must have the documented type; an alias of the wrong type is just not that field.
const STRICT: readonly Field[] = ['url', 'title', 'outlet', 'byline', 'language', 'text', 'html'];

/** Turn one JSON value (a line of JSON Lines, an array element) into a raw document named `source`. */
export function readJsonItem(value: unknown, source: string): JsonItemResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: `Expected a JSON object, found ${describe(value)}` };
  }
  const item = value as Record<string, unknown>;
  for (const field of STRICT) {
    const v = item[field];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(field === 'byline' && isNameList(v))) {
      return { reason: `Field "${field}" must be a string, not ${describe(v)}` };
    }
  }
  const pick = (field: Field, read: (v: unknown) => string | undefined): string | undefined => {
    for (const key of ALIASES[field]) {
      const got = read(item[key]);
      if (got !== undefined) return got;
    }
    return undefined;
  };
  const text = pick('text', readString);
  const html = pick('html', readString);
  const summary = pick('summary', readString);
  const body = text ?? html ?? summary;
  if (body === undefined) return { reason: 'No "text" or "html" field with content' };
  const isHtml = body === html || looksLikeHtml(body);
  const meta: RawMeta = dropUndefined({
    url: pick('url', readUrl),
    title: pick('title', readString),
    outlet: pick('outlet', readName),
    published: pick('published', toIsoDate),
    byline: pick('byline', readNames),
    language: pick('language', readLanguage),
  });
  return { document: { source, format: isHtml ? 'html' : 'text', body, meta } };
}

function readString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function readUrl(v: unknown): string | undefined {
  const s = readString(v);
  if (!s || !URL.canParse(s)) return undefined;
  return /^https?:$/.test(new URL(s).protocol) ? s : undefined;
}

/** A name given as a string or as an object with a `name` (`"source": {"id": .., "name": ..}`). */
function readName(v: unknown): string | undefined {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return readString((v as { name?: unknown }).name);
  return readString(v);
}

function readNames(v: unknown): string | undefined {
  if (!Array.isArray(v)) return readName(v);
  const names = v.map(readName).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

function readLanguage(v: unknown): string | undefined {
  const s = readString(v)?.replace('_', '-');
  return s && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(s) ? s : undefined;
}

function isNameList(v: unknown): boolean {
  return Array.isArray(v) || (typeof v === 'object' && v !== null);
}

const HTML_TAG_START = /<(?:p|div|br|article|section|h[1-6]|html|body|span|a|ul|li|blockquote|figure)\b/i;

/**
 * Whether a text holds one of the common HTML tags: a tag name after "<" and a ">" closing it later.
 * Found without `[^>]*>`, which rescans the rest of the text from every "<" (quadratic on a "<" flood).
 */
function looksLikeHtml(text: string): boolean {
  const start = HTML_TAG_START.exec(text);
  return start !== null && text.indexOf('>', start.index) !== -1;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function dropUndefined(meta: Record<Exclude<keyof RawMeta, 'finalUrl'>, string | undefined>): RawMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as RawMeta;
}
