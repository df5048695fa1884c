import type { Range } from '../../model/index.ts';

/** The paragraphs of a clean text (blocks between blank lines), as trimmed ranges. */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  };
  let at = 0;
  for (const match of text.matchAll(/\n[ \t]*\n\s*/g)) {
    push(at, match.index);
    at = match.index + match[0].length;
  }
  push(at, text.length);
  return out;
}
