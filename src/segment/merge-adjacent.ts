import type { Range } from '../model/span.ts';

/** Join each piece to the one before it whenever `shouldJoin(joinedSoFar, next)` says so. */
export function mergeAdjacent(pieces: readonly Range[], shouldJoin: (left: Range, right: Range) => boolean): Range[] {
  const out: Range[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && shouldJoin(last, piece)) out[out.length - 1] = { start: last.start, end: piece.end };
    else out.push(piece);
  }
  return out;
}
