import { joinNames } from '../join-names.ts';
import type { RawMeta } from '../../model/index.ts';
import { dropKicker } from './drop-kicker.ts';
import { stripSiteSuffix } from './strip-site-suffix.ts';

// Keys in the order they are trusted; the first present wins (byline collects all of its keys).
const TITLE = ['og:title', 'twitter:title', 'citation_title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'headline'];
const OUTLET = ['og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'dcterms.publisher', 'application-name', 'publisher'];
const URL_KEYS = ['og:url', 'parsely-link', 'citation_public_url', 'citation_abstract_html_url', 'dc.identifier', 'twitter:url'];
const PUBLISHED = ['article:published_time', 'og:article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dcterms.issued',
  'datepublished', 'pubdate', 'publish-date', 'publish_date', 'date', 'og:published_time', 'article.published', 'publication_date'];
const AUTHOR = ['author', 'article:author', 'citation_author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];
const LANGUAGE = ['content-language', 'dc.language', 'dcterms.language', 'og:locale', 'language'];

function collect(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!key || !content) continue;
    tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

const first = (tags: Map<string, string[]>, keys: readonly string[]): string | undefined =>
  keys.map((k) => tags.get(k)?.[0]).find((v) => v !== undefined);

function authors(tags: Map<string, string[]>): string | undefined {
  const names: string[] = [];
  for (const key of AUTHOR) {
    for (const value of tags.get(key) ?? []) {
      if (/^https?:|^www\.|@/.test(value)) continue; // profile links and e-mail addresses are not names
      const name = value.replace(/^by\s+/i, '').trim();
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
    if (names.length) break;
  }
  return names.length ? joinNames(names) : undefined;
}

/** Read article metadata from `<meta>` tags (Open Graph, citation_*, parsely-*, Dublin Core), `<html lang>`, canonical link and `<title>`. */
export function readMetaTags(document: Document): RawMeta {
  const tags = collect(document);
  const outlet = first(tags, OUTLET);
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  const title = first(tags, TITLE) ?? (pageTitle ? stripSiteSuffix(pageTitle, outlet) : undefined);
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim();
  const lang = document.documentElement?.getAttribute('lang')?.trim() || first(tags, LANGUAGE)?.replace('_', '-');
  // The page's first <time datetime> is the last resort: most pages date the story before anything else.
  const timeTag = document.querySelector('time[itemprop="datePublished"], [itemprop="datePublished"][datetime], time[pubdate]') ??
    document.querySelector('time[datetime]');
  const meta: Record<string, string | undefined> = {
    title: title ? dropKicker(stripSiteSuffix(title, outlet), document.querySelector('h1')?.textContent) : undefined,
    outlet,
    url: (canonical && /^https?:/i.test(canonical) ? canonical : undefined) ?? first(tags, URL_KEYS),
    published: first(tags, PUBLISHED) ?? timeTag?.getAttribute('datetime') ?? timeTag?.getAttribute('content') ?? undefined,
    byline: authors(tags),
    language: lang || undefined,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as RawMeta;
}
