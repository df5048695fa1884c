// Test support only: the five seed articles (../shared/seeds) through the project's cleaning and segmenting stages.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Mention } from '../model/index.ts';
import { cleanText } from '../clean/text/clean-text.ts';
import { segment } from '../segment/segment.ts';
import { extractMentions } from '../extract/extract-mentions.ts';

/** Where the shared seed files live, relative to this file. */
export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

/** The seeds as Articles with ids "000".."004". */
export function seedArticles(): Article[] {
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const body = readFileSync(join(SEEDS_DIR, file), 'utf8');
    const doc = cleanText({ source: file, format: 'text', body, meta: {} });
    return { ...doc, id: file.slice(0, 3), ...segment(doc.text) };
  });
}

/** Each seed's mentions, as the pipeline extracts them. */
export function seedMentions(articles: readonly Article[]): Map<string, readonly Mention[]> {
  return new Map(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
}
