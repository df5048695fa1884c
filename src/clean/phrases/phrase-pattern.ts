const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive pattern matching any of `phrases` as whole words (longest first, so "lire aussi"
 * wins over "lire"), placed by `wrap` (`(p) => `^(?:${p})\\b``). Letters beyond ASCII count as word letters.
 */
export function phrasePattern(phrases: readonly string[], wrap: (alternatives: string) => string): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, '\\s+'));
  return new RegExp(wrap(sorted.length ? sorted.join('|') : '(?!)'), 'iu');
}

/** A whole-word end: not followed by a letter or digit (`\b` knows only ASCII letters). */
export const WORD_END = '(?![\\p{L}\\p{N}])';
