import { joinNames } from '../join-names.ts';
import type { ArticleMeta, RawMeta } from '../../model/index.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readMetaTags } from './read-meta-tags.ts';
import { toUtcIso } from './to-utc-iso.ts';

const LINK = /^(https?:|www\.)/i;

function cleanByline(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const names = value
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map((n) => n.replace(/^by\s+/i, '').trim())
    .filter((n) => n && !LINK.test(n));
  return names.length ? joinNames([...new Set(names)]) : undefined;
}

const pick = (...values: (string | undefined)[]): string | null => values.find((v) => v !== undefined && v.trim() !== '')?.trim() ?? null;

/**
 * Read a page's metadata (JSON-LD first, then `<meta>` tags and `<title>`) and merge it under the
 * metadata the input carried, which wins where present. Call before anything mutates the document.
 */
export function readPageMeta(document: Document, given: RawMeta): ArticleMeta {
  const ld = readJsonLd(document);
  const tags = readMetaTags(document);
  const outlet = pick(given.outlet, ld.outlet && !LINK.test(ld.outlet) ? ld.outlet : undefined, tags.outlet);
  return {
    url: pick(given.url, tags.url, ld.url && LINK.test(ld.url) ? ld.url : undefined),
    title: pick(given.title, ld.title, tags.title),
    byline: pick(cleanByline(given.byline), cleanByline(ld.byline), cleanByline(tags.byline)),
    outlet,
    published: toUtcIso(given.published) ?? toUtcIso(ld.published) ?? toUtcIso(tags.published),
    language: pick(given.language, tags.language, ld.language),
  };
}
