import type { RawMeta } from '../../model/index.ts';

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'blogposting', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'liveblogposting', 'report', 'scholarlyarticle', 'techarticle']);

type Json = unknown;

function nodesOf(value: Json, out: Record<string, Json>[]): void {
  if (Array.isArray(value)) {
    for (const v of value) nodesOf(v, out);
  } else if (value && typeof value === 'object') {
    const node = value as Record<string, Json>;
    out.push(node);
    if (node['@graph']) nodesOf(node['@graph'], out);
  }
}

function isArticle(node: Record<string, Json>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()));
}

function text(value: Json): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Record<string, Json>;
    return text(o['name']) ?? text(o['@id']) ?? text(o['url']);
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
    byline: authors.length ? authors.join(', ') : undefined,
    outlet: text(article['publisher']),
    published: text(article['datePublished']) ?? text(article['dateCreated']),
    language: text(article['inLanguage']),
    url: text(article['url']) ?? text(article['mainEntityOfPage']),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as RawMeta;
}
