import { terminalSafe } from './terminal-safe.ts';

/**
 * Text from an input (a file name, a snippet of a bad line) made safe for one line of stderr: every
 * control character, line break and tab is shown as an escape, so a name cannot move the cursor,
 * recolour the terminal or start a new line.
 */
export function stderrSafe(text: string): string {
  return terminalSafe(text).replace(/[\t\n\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
