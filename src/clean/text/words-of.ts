/** The words of a line: runs of letters, digits, apostrophes and inner hyphens or dots. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?/gu) ?? [];
}
