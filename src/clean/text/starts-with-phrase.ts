/**
 * The longest phrase of `phrases` that opens `text` (case-insensitive) and is followed by the end
 * of the text or by something other than a letter or digit; null when none does.
 */
export function startsWithPhrase(text: string, phrases: readonly string[]): string | null {
  const lower = text.toLowerCase();
  let best: string | null = null;
  for (const phrase of phrases) {
    if (!lower.startsWith(phrase)) continue;
    const next = lower.charAt(phrase.length);
    if (next !== '' && /[\p{L}\p{N}]/u.test(next)) continue;
    if (best === null || phrase.length > best.length) best = phrase;
  }
  return best;
}
