/**
 * Make article-derived text safe to print on a terminal: control characters (ANSI escapes,
 * bells, carriage returns that overwrite a line) are shown as visible escapes instead.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
