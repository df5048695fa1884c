// Characters that are neither letters, digits, marks nor spaces make up a few percent of prose (its
// punctuation); random bytes read as windows-1252 and random printable characters are a third or more.
const MAX_SYMBOL_SHARE = 0.25;
const SAMPLE = 200_000;

/**
 * Why a clean text is junk rather than writing, or null when it reads as text: no word of two
 * letters at all (a 1-byte file, digits only), or mostly symbols (random bytes, printable noise).
 * Judged on the start, middle and end of a long text, so the cost stays bounded.
 */
export function junkReason(text: string): string | null {
  const sample = text.length <= SAMPLE * 3
    ? text
    : `${text.slice(0, SAMPLE)} ${text.slice(text.length / 2 - SAMPLE / 2, text.length / 2 + SAMPLE / 2)} ${text.slice(-SAMPLE)}`;
  if (!/\p{L}{2}/u.test(sample)) return 'Not text: no words in it';
  const visible = sample.replace(/\s+/g, '');
  const symbols = visible.replace(/[\p{L}\p{M}\p{N}]+/gu, '').length;
  return symbols > visible.length * MAX_SYMBOL_SHARE ? 'Not text: mostly symbols, not words (random characters or binary data)' : null;
}
