import type { Range } from '../model/span.ts';

/** A phrase of a lexicon found in a text, with the value the lexicon gives it. */
export interface PhraseMatch<V> extends Range {
  readonly value: V;
}

/**
 * Find lexicon phrases in `text` within `ranges`, whole words only, case-insensitive, longest first,
 * never overlapping. Curly apostrophes match straight ones.
 */
export function matchPhrases<V>(text: string, ranges: readonly Range[], lexicon: readonly (readonly [string, V])[]): PhraseMatch<V>[] {
  const { pattern, values } = compile(lexicon);
  const found: PhraseMatch<V>[] = [];
  for (const range of ranges) {
    pattern.lastIndex = 0;
    const piece = text.slice(range.start, range.end);
    for (const m of piece.matchAll(pattern)) {
      const value = values.get(normal(m[0]));
      if (value === undefined) continue;
      found.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, value });
    }
  }
  return found;
}

// Lexicons are module constants: build each one's pattern once.
const compiled = new WeakMap<object, { pattern: RegExp; values: Map<string, unknown> }>();

function compile<V>(lexicon: readonly (readonly [string, V])[]): { pattern: RegExp; values: Map<string, V> } {
  const hit = compiled.get(lexicon);
  if (hit) return hit as { pattern: RegExp; values: Map<string, V> };
  const sorted = [...lexicon].sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${sorted.map(([p]) => escape(p)).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
  const values = new Map(sorted.map(([p, v]) => [normal(p), v]));
  compiled.set(lexicon, { pattern, values });
  return { pattern, values };
}

function normal(phrase: string): string {
  return phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}
