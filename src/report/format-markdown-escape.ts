import { terminalSafe } from './terminal-safe.ts';

/**
 * Article-derived text as inert CommonMark + GFM inline text: one line; control and bidi characters
 * shown as `\uXXXX`; `&`, `<`, `>` as entities (no raw HTML, no entity smuggling); Markdown punctuation
 * backslash-escaped (no emphasis, links, images, code, tables, headings or lists); `:`, `@` and a dot
 * before a letter or digit escaped, so no renderer's autolinker can find a URL, domain or address in it.
 */
export function markdownText(text: string): string {
  const line = terminalSafe(text.replace(/\s+/g, ' ').trim());
  const escaped = line
    .replace(/[\\`*_{}[\]()#+\-!|~:@=^$]/g, (c) => `\\${c}`)
    .replace(/\.(?=[\p{L}\p{N}])/gu, '\\.')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  // "1. " or "1) " at the start would open an ordered list.
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link to an article's URL when it is http(s), with escaped text; otherwise just the text. */
export function markdownLink(text: string, url: string | null): string {
  const label = markdownText(text);
  const href = url ? safeHref(url) : null;
  return href ? `[${label}](<${href}>)` : label;
}

/** An http(s) URL made safe inside `(<...>)`: characters Markdown or GFM tables would read are percent-encoded. */
export function safeHref(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/** Article words quoted in a sentence: escaped, cut to `max` characters with "…". */
export function markdownQuote(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : chars.join('');
  return `“${markdownText(cut)}”`;
}
