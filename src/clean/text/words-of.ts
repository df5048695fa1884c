const WORD = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?/gu;
// Several rules count the words of each line, and the copies of a story share their lines: each distinct line's words
// are kept, the last few thousand lines (lines of news length: a flood of text is counted each time).
const known = new Map<string, readonly string[]>();
const KNOWN_SIZE = 4096;
const KNOWN_CHARS = 2000;

/** The words of a line: runs of letters, digits, apostrophes and inner hyphens or dots. */
export function wordsOf(text: string): readonly string[] {
  const hit = known.get(text);
  if (hit) return hit;
  if (text.length > KNOWN_CHARS) return text.match(WORD) ?? [];
  // read from a copy of the line, kept as the key: a slice would keep its whole page alive
  const line = Buffer.from(text, 'utf16le').toString('utf16le');
  const words = line.match(WORD) ?? [];
  known.set(line, words);
  if (known.size > KNOWN_SIZE) known.delete(known.keys().next().value as string);
  return words;
}
