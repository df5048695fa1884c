import type { Removed, SourceMapEntry } from '../../model/index.ts';
import type { Unit } from './text-state.ts';

/** The clean text, its map back to the body, and what was removed, from the final units. */
export interface JoinedText {
  readonly text: string;
  readonly sourceMap: SourceMapEntry[];
  readonly removed: Removed[];
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * Write the kept units as paragraphs separated by one blank line, the pieces of a unit joined
 * by a space; every piece is copied verbatim and mapped back to its place in the raw body.
 */
export function joinParagraphs(body: string, units: readonly Unit[]): JoinedText {
  let text = '';
  const sourceMap: SourceMapEntry[] = [];
  const removed: Removed[] = [];
  for (const unit of units) {
    const first = unit.pieces[0];
    const last = unit.pieces[unit.pieces.length - 1];
    if (first === undefined || last === undefined) continue;
    if (unit.removed !== undefined) {
      removed.push({ text: unit.text, reason: unit.removed, source: { start: first.start, end: last.end } });
      continue;
    }
    if (text !== '') text += PARAGRAPH_BREAK;
    unit.pieces.forEach((piece, i) => {
      if (i > 0) text += ' ';
      sourceMap.push({ start: text.length, end: text.length + piece.end - piece.start, sourceStart: piece.start });
      text += body.slice(piece.start, piece.end);
    });
  }
  return { text, sourceMap, removed };
}
