import { normalizeToken } from '../text/normalize-token.ts';
import { splitQuantity } from '../text/split-quantity.ts';
import { STOP_WORDS } from './stop-words.ts';
import { stemWord } from '../text/stem-word.ts';

// Letters or digits, keeping inner dots, commas, apostrophes and hyphens: "U.S.", "1,200", "rate-setting".
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*\.?/gu;

/** The content words of a text, normalised and stemmed, in order: what lexical matching compares. */
export function contentTerms(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\bper\s+cent\b/gi, 'percent')
    .replace(/%/g, ' percent');
  const terms: string[] = [];
  for (const match of plain.matchAll(TOKEN)) {
    const token = match[0];
    let cached = memo.get(token);
    if (!cached) {
      cached = termsOf(token);
      if (memo.size > 100_000) memo.clear();
      memo.set(token, cached);
    }
    for (const term of cached) terms.push(term);
  }
  return terms;
}

// Words repeat across a bundle; normalising each distinct token once keeps big bundles fast.
const memo = new Map<string, readonly string[]>();

function termsOf(raw: string): string[] {
  const token = raw.replace(/\.$/, '');
  // Initialisms ("U.S.", "UN", "EU") are names, not the pronoun "us" or the article "a".
  if (/^(\p{Lu}\.)+\p{Lu}?$/u.test(raw) || /^\p{Lu}{2,6}$/u.test(token)) return [`${token.replace(/\./g, '').toLowerCase()}_`];
  const lower = token.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  const quantity = splitQuantity(lower);
  if (quantity.length > 1) return quantity.flatMap((part) => keep(normalizeToken(part)));
  const whole = normalizeToken(lower);
  if (whole !== lower || /^\d/.test(lower)) return /^[\d.]+$/.test(whole) || !whole.includes('-') ? keep(whole) : [];
  const parts = lower.split(/[-']/).filter((p) => p !== '' && p !== 's');
  return parts.flatMap((part) => keep(normalizeToken(part)));
}

function keep(word: string): string[] {
  if (word === '' || STOP_WORDS.has(word)) return [];
  if (/^[\d.,]+$/.test(word)) return [word];
  if (word.length < 2) return [];
  return [stemWord(word)];
}
