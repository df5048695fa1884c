import type { Range } from '../model/span.ts';
import { trimRange } from '../model/span.ts';

// Built once: constructing a segmenter costs far more than running it on one paragraph.
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
// Intl.Segmenter's cost grows with segments times the length of the string it was given (40,000
// segments of a 120 KB paragraph took a second, a 5 MB paragraph over a minute), so it is given
// windows of this size (a few sentences) and never the whole paragraph.
const WINDOW = 1024;

/**
 * Split `range` of `text` at the Unicode (UAX #29) sentence boundaries, pieces trimmed, blanks dropped.
 * The paragraph is read a window at a time: every boundary but the window's last is kept, and the next
 * window starts at that last segment, so it is read again with what follows it. A window holding no
 * boundary at all is doubled until it does (or reaches the end).
 */
export function segmentRaw(text: string, range: Range): Range[] {
  const pieces: Range[] = [];
  let start = range.start;
  let size = WINDOW;
  while (start < range.end) {
    const end = Math.min(range.end, start + size);
    const segments = [...SEGMENTER.segment(text.slice(start, end))];
    const last = end < range.end ? segments.length - 1 : segments.length;
    if (last === 0) {
      size *= 2;
      continue;
    }
    for (const { segment, index } of segments.slice(0, last)) {
      const piece = trimRange(text, { start: start + index, end: start + index + segment.length });
      if (piece.end > piece.start) pieces.push(piece);
    }
    start = last < segments.length ? start + segments[last]!.index : end;
    size = WINDOW;
  }
  return pieces;
}
