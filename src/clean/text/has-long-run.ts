/** Runs of this many characters without a space are never words: an encoded blob, a slug, a flood. */
export const MAX_RUN = 1000;

/**
 * Whether a text holds a run of MAX_RUN or more characters without whitespace that has a Latin letter
 * in it. Such a run is no prose, and the tagger's word patterns take time with the square of a
 * token's length (a 150,000-letter "word" took 45 s). Scripts written without spaces (Chinese,
 * Japanese, Thai) have no Latin letters in their runs and are left alone. One pass.
 */
export function hasLongRun(text: string): boolean {
  let run = 0;
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) {
      run = 0;
      latin = false;
      continue;
    }
    run++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin = true;
    if (run >= MAX_RUN && latin) return true;
  }
  return false;
}
