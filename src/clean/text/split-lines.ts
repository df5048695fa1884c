import type { Unit } from './text-state.ts';

const BREAK = /\r\n|\n|\r|\u2028|\u2029/g;
// Zero-width characters count as blank so an "empty" line of them still separates paragraphs; so do the marks that set a
// line's direction (right-to-left pages open lines with them: U+200F, U+061C, the embeddings and isolates).
const EDGE = /[\s\u200B\u200C\u200D\u2060\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;

/** Split a raw body into its non-blank lines, trimmed, each with its exact range in the body. */
export function splitLines(body: string): Unit[] {
  const units: Unit[] = [];
  let blankBefore = true;
  let lineStart = 0;
  const take = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && EDGE.test(body[start] ?? '')) start++;
    while (end > start && EDGE.test(body[end - 1] ?? '')) end--;
    if (start === end) {
      blankBefore = true;
      return;
    }
    units.push({ text: body.slice(start, end), pieces: [{ start, end }], blankBefore, role: 'body' });
    blankBefore = false;
  };
  for (const match of body.matchAll(BREAK)) {
    take(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  take(lineStart, body.length);
  return units;
}
