// Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹, Persian and Urdu) digits, and the Arabic decimal and thousands
// separators
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/g;
const westernDigit = (c: string): string => (c === '\u066B' ? '.' : c === '\u066C' ? ',' : String(c.charCodeAt(0) & 0xf));

/** A text with its Arabic-script digits written 0-9 (the same length: one character for one), for rules that read figures and dates. */
export function westernDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, westernDigit);
}
