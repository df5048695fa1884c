import type { SourceMapEntry } from '../../model/index.ts';

const LONGEST = 80;
const SHORTEST = 12;

/** Prefixes of a paragraph to look for, longest first, each ending at a word boundary. */
function prefixes(text: string): string[] {
  const out: string[] = [];
  let end = Math.min(text.length, LONGEST);
  while (end >= SHORTEST || (end > 0 && out.length === 0 && end === text.length)) {
    const cut = end === text.length ? end : text.lastIndexOf(' ', end);
    if (cut <= 0) break;
    out.push(text.slice(0, cut));
    end = Math.floor(cut * 0.6);
  }
  return out;
}

/**
 * Map each paragraph's first words back to where they occur verbatim in the page source, best effort.
 * Limitation: clean text is decoded and whitespace-collapsed, so a paragraph whose opening words are
 * split by markup or written with entities in the source ("&amp;", "&#8217;") gets no entry, and only
 * the verbatim prefix is mapped, never the whole paragraph.
 */
export function mapToSource(paragraphs: readonly { readonly start: number; readonly text: string }[], body: string): SourceMapEntry[] {
  const entries: SourceMapEntry[] = [];
  let cursor = 0;
  for (const { start, text } of paragraphs) {
    for (const prefix of prefixes(text)) {
      // Paragraphs come in page order, so search forward first; menus can repeat a phrase earlier.
      let at = body.indexOf(prefix, cursor);
      if (at < 0) at = body.indexOf(prefix);
      if (at < 0) continue;
      entries.push({ start, end: start + prefix.length, sourceStart: at });
      cursor = at + prefix.length;
      break;
    }
  }
  return entries;
}
