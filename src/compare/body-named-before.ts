/** Bodies an article names, read back from a credit that stands for one ("the union", "the AEM"). */

/**
 * The body "the <noun>" points back at: the last name before it in its article that has the noun for one of its words
 * ("the Ardalian Bus Workers' Union" for "the union", "the Ministry of Health" for "the ministry"), two words or more;
 * null when the article names none.
 */
export function bodyNamedBefore(text: string, before: number, noun: string): { key: string; words: string[] } | null {
  const head = noun.charAt(0).toUpperCase() + noun.slice(1);
  const name = `(?:\\p{Lu}[\\p{L}'’&-]*\\s+(?:of\\s+|for\\s+|and\\s+|the\\s+)*){0,5}${head}(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}'’&-]*){1,5})?`;
  let last: { key: string; words: string[] } | null = null;
  for (const m of text.slice(0, before).matchAll(new RegExp(`(?<![\\p{L}'’])${name}(?![\\p{L}])`, 'gu'))) {
    // (a capitalised word alone, "Union leader Marta Vosk", names no body)
    last = nameOfWords(m[0]) ?? last;
  }
  return last;
}

// A body's name as a credit's words: lower-cased, without "the" and possessive marks; null under two words.
export function nameOfWords(name: string): { key: string; words: string[] } | null {
  const words = name.trim().toLowerCase().replace(/['’]s?(?=\s|$)/g, '').split(/\s+/).filter((w) => w !== 'the' && w !== '');
  return words.length >= 2 ? { key: words.join(' '), words } : null;
}
