/** A line's comparison key: case, quote style, dashes and spacing folded, so copies compare equal. */
export function normaliseLine(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u200B]+/g, ' ')
    .trim();
}
