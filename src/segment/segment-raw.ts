import type { Range } from '../model/span.ts';
import { trimRange } from '../model/span.ts';

// Built once: constructing a segmenter costs far more than running it on one paragraph.
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Split `range` of `text` at the Unicode (UAX #29) sentence boundaries, pieces trimmed, blanks dropped. */
export function segmentRaw(text: string, range: Range): Range[] {
  const pieces: Range[] = [];
  for (const { segment, index } of SEGMENTER.segment(text.slice(range.start, range.end))) {
    const start = range.start + index;
    const piece = trimRange(text, { start, end: start + segment.length });
    if (piece.end > piece.start) pieces.push(piece);
  }
  return pieces;
}
