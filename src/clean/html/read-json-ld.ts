import { joinNames } from '../join-names.ts';
import type { RawMeta } from '../../model/index.ts';

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'blogposting', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'liveblogposting', 'report', 'scholarlyarticle', 'techarticle']);

type Json = unknown;

// JSON-LD is parsed from the page, so it may nest without end; the walks below are loops with a budget.
const MAX_NODES = 10_000;
const MAX_UNWRAP = 32;

/** The objects of a JSON-LD value: itself, the members of arrays and of `@graph`, in document order. */
function nodesOf(value: Json, out: Record<string, Json>[]): void {
  const pending: Json[] = [value];
  let seen = 0;
  while (pending.length > 0 && seen++ < MAX_NODES) {
    const v = pending.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) pending.push(v[i]);
    } else if (v && typeof v === 'object') {
      const node = v as Record<string, Json>;
      out.push(node);
      if (node['@graph']) pending.push(node['@graph']);
    }
  }
}

function isArticle(node: Record<string, Json>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()));
}

function text(value: Json, depth = 0): string | undefined {
  let v = value;
  // `[[["Title"]]]` is unwrapped in a loop, a bounded number of times.
  for (let k = 0; Array.isArray(v) && k < MAX_UNWRAP; k++) v = v[0];
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && !Array.isArray(v) && depth < MAX_UNWRAP) {
    const o = v as Record<string, Json>;
    return text(o['name'], depth + 1) ?? text(o['@id'], depth + 1) ?? text(o['url'], depth + 1);
  }
  return undefined;
}

function names(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, Json>)['name'] : undefined))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
}

function parse(source: string): Json {
  const cleaned = source.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    // Pages ship broken JSON-LD (trailing commas, raw newlines in strings); one retry with those fixed.
    try {
      return JSON.parse(cleaned.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Read article metadata from a page's JSON-LD (`NewsArticle` and kin, inside `@graph` or arrays). */
export function readJsonLd(document: Document): RawMeta {
  const nodes: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    nodesOf(parse(script.textContent ?? ''), nodes);
  }
  const article = nodes.find(isArticle);
  if (!article) return {};
  const authors = names(article['author']).filter((n) => !/^https?:/.test(n));
  const meta: Record<string, string | undefined> = {
    title: text(article['headline']) ?? text(article['name']),
    byline: authors.length ? joinNames(authors) : undefined,
    outlet: text(article['publisher']),
    published: text(article['datePublished']) ?? text(article['dateCreated']),
    language: text(article['inLanguage']),
    url: text(article['url']) ?? text(article['mainEntityOfPage']),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as RawMeta;
}

/**
 * The article's own text as the page's JSON-LD carries it (`articleBody`, HTML or plain), for pages that draw
 * their text with a script; null when there is none.
 */
export function readArticleBody(document: Document): string | null {
  const nodes: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    nodesOf(parse(script.textContent ?? ''), nodes);
  }
  const bodies = nodes.filter(isArticle).map((n) => n['articleBody']).filter((b): b is string => typeof b === 'string' && b.trim() !== '');
  // The longest: pages repeat the article node (a theme's and a plug-in's), one of them cut short.
  return bodies.sort((a, b) => b.length - a.length)[0]?.trim() ?? null;
}
