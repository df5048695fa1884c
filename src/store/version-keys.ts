import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Article } from '../model/index.ts';

/**
 * What makes two reads the same article over time: its URL (without the fragment); else, for a file or a feed item
 * with no URL, its absolute path (and item number); else, for standard input, its text.
 */
export function articleKey(article: Pick<Article, 'url' | 'source' | 'text'>): string {
  if (article.url !== null && /^https?:\/\//i.test(article.url)) return article.url.replace(/#.*$/, '');
  if (/^https?:\/\//i.test(article.source)) return article.source;
  if (article.source === '-' || article.source.startsWith('-#')) return `stdin:${contentHash({ title: null, text: article.text })}`;
  return `file:${resolve(article.source)}`;
}

/**
 * The hash that tells one version from another: the title and the text, with runs of white space made one. A
 * re-rendered page with the same words is the same version; a changed word or headline is a new one.
 */
export function contentHash(article: Pick<Article, 'title' | 'text'>): string {
  const squeeze = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${squeeze(article.title ?? '')}\u0000${squeeze(article.text)}`).digest('hex');
}
