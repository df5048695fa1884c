import { AR } from './ar.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import { IT } from './it.ts';
import type { PagePhrases } from './page-phrases.ts';
import { PT } from './pt.ts';

/** The page-phrase tables by primary language subtag. */
export const PHRASES_BY_LANGUAGE: Readonly<Record<string, PagePhrases>> = { ar: AR, de: DE, en: EN, es: ES, fr: FR, it: IT, pt: PT };

/** Every table, for rules that run before the page's language is known. */
export const ALL_PHRASES: readonly PagePhrases[] = Object.values(PHRASES_BY_LANGUAGE);

/** Every language's entries of one field, lowercase and without repeats. */
export function phrasesOf<K extends keyof PagePhrases>(field: K): PagePhrases[K] extends readonly (infer T)[] ? T[] : never {
  const out = new Set<unknown>();
  for (const table of ALL_PHRASES) for (const entry of table[field] as readonly unknown[]) out.add(entry);
  return [...out] as PagePhrases[K] extends readonly (infer T)[] ? T[] : never;
}
