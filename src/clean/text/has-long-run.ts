/** Runs of this many characters without a space are never words: an encoded blob, a slug, a flood. */
export const MAX_RUN = 1000;

/**
 * Whether a text holds a run of MAX_RUN or more characters without whitespace that has a Latin letter
 * in it, or no letter or digit at all. Such a run is no prose: the tagger's word patterns take time with
 * the square of a token's length (a 150,000-letter "word" took 45 s), and a flood of marks is a token per
 * mark (two million "<" took 1.6 GB through analyze). Scripts written without spaces (Chinese, Japanese,
 * Thai) have letters but no Latin ones in their runs and are left alone. One pass.
 */
export function hasLongRun(text: string): boolean {
  let run = 0;
  let latin = false;
  // a run with no letter or digit at all ("<<<<...", "||||...") is a flood of marks, each a token of its own
  let wordy = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) {
      run = 0;
      latin = false;
      wordy = false;
      continue;
    }
    run++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin = true;
    if ((c >= 48 && c <= 57) || c > 127) wordy = true;
    if (run >= MAX_RUN && (latin || !wordy)) return true;
  }
  return false;
}
