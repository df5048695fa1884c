import { createHash } from 'node:crypto';

/**
 * A stable id from an article's clean content: the same text read twice (from a file and a URL,
 * or with other whitespace) gets the same id, so a bundle reads it once.
 */
export function articleId(text: string): string {
  const normalised = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** The id of another outlet's copy of an article: the same content, told apart by the outlet that ran it. */
export function copyId(text: string, outlet: string): string {
  return articleId(`${outlet.trim().toLowerCase()}\u0000${text}`);
}
