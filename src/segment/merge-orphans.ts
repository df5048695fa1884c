import type { Range } from '../model/span.ts';

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Fold pieces with no letter or digit (a stray `”`, `)`, `…`) into the sentence before, or after at the start. */
export function mergeOrphans(text: string, pieces: readonly Range[]): Range[] {
  const out: Range[] = [];
  let pendingStart: number | null = null;
  for (const piece of pieces) {
    const orphan = !WORDLIKE.test(text.slice(piece.start, piece.end));
    const last = out[out.length - 1];
    if (orphan && last !== undefined) out[out.length - 1] = { start: last.start, end: piece.end };
    else if (orphan) pendingStart ??= piece.start;
    else {
      out.push({ start: pendingStart ?? piece.start, end: piece.end });
      pendingStart = null;
    }
  }
  // only orphans: keep them as one piece rather than lose text
  if (pendingStart !== null) out.push({ start: pendingStart, end: pieces[pieces.length - 1]!.end });
  return out;
}
