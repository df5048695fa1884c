import type { Range } from '../../model/index.ts';
import type { Unit } from './text-state.ts';

/**
 * The part of a unit between two offsets of its text, trimmed, with its pieces clipped to
 * match, so the part still maps exactly onto the raw body.
 */
export function sliceUnit(unit: Unit, from: number, to: number): Unit {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(unit.text[start] ?? '')) start++;
  while (end > start && /\s/.test(unit.text[end - 1] ?? '')) end--;
  const pieces: Range[] = [];
  let at = 0;
  for (const piece of unit.pieces) {
    const length = piece.end - piece.start;
    const clipStart = Math.max(start, at);
    const clipEnd = Math.min(end, at + length);
    if (clipEnd > clipStart) pieces.push({ start: piece.start + (clipStart - at), end: piece.start + (clipEnd - at) });
    at += length + 1;
  }
  return { ...unit, text: unit.text.slice(start, end), pieces };
}
