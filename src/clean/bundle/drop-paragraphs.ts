import type { CleanDocument, Range, RemovalReason, Removed, SourceMapEntry } from '../../model/index.ts';
import { splitParagraphs } from './split-paragraphs.ts';

/**
 * A copy of a clean document without some of its paragraphs (by index), each recorded in
 * `removed` with its place in the source; the kept paragraphs are rejoined by one blank line
 * and the source map is cut and shifted to match, so it stays exact. Paragraphs and map entries
 * are both in text order, so one cursor walks the map for all paragraphs (linear, not their product).
 */
export function dropParagraphs(doc: CleanDocument, drop: ReadonlyMap<number, RemovalReason>): CleanDocument {
  if (drop.size === 0) return doc;
  const paragraphs = splitParagraphs(doc.text);
  const removed: Removed[] = [...doc.removed];
  const sourceMap: SourceMapEntry[] = [];
  const map = [...doc.sourceMap].sort((a, b) => a.start - b.start);
  let cursor = 0;
  let text = '';
  paragraphs.forEach((paragraph, i) => {
    // Entries ending before this paragraph can touch no later one either.
    while (cursor < map.length && map[cursor]!.end <= paragraph.start) cursor++;
    const overlapping: SourceMapEntry[] = [];
    for (let k = cursor; k < map.length && map[k]!.start < paragraph.end; k++) overlapping.push(map[k]!);
    const reason = drop.get(i);
    const piece = doc.text.slice(paragraph.start, paragraph.end);
    if (reason !== undefined) {
      const source = sourceOf(overlapping, paragraph);
      removed.push(source === null ? { text: piece, reason } : { text: piece, reason, source });
      return;
    }
    if (text !== '') text += '\n\n';
    const shift = text.length - paragraph.start;
    for (const entry of overlapping) {
      const start = Math.max(entry.start, paragraph.start);
      const end = Math.min(entry.end, paragraph.end);
      if (end <= start) continue;
      sourceMap.push({ start: start + shift, end: end + shift, sourceStart: entry.sourceStart + (start - entry.start) });
    }
    text += piece;
  });
  return { ...doc, text, removed, sourceMap };
}

/** The source range a clean range was copied from: from its first mapped character to its last. */
function sourceOf(map: readonly SourceMapEntry[], range: Range): Range | null {
  let start: number | null = null;
  let end: number | null = null;
  for (const entry of map) {
    const from = Math.max(entry.start, range.start);
    const to = Math.min(entry.end, range.end);
    if (to <= from) continue;
    const sourceFrom = entry.sourceStart + (from - entry.start);
    const sourceTo = entry.sourceStart + (to - entry.start);
    start = start === null ? sourceFrom : Math.min(start, sourceFrom);
    end = end === null ? sourceTo : Math.max(end, sourceTo);
  }
  return start === null || end === null ? null : { start, end };
}
