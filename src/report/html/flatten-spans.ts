/** A range carrying a mark: an index into the caller's list of marks. */
export interface MarkedRange {
  readonly start: number;
  readonly end: number;
  readonly mark: number;
}

/** A piece of text where the same marks apply throughout. */
export interface FlatSegment {
  readonly start: number;
  readonly end: number;
  /** The marks covering the whole segment, in the order they were given. */
  readonly marks: readonly number[];
}

/**
 * Cut overlapping marked ranges into non-overlapping segments, each carrying every mark that covers
 * it, so nested and crossing highlights render as one flat run of elements. Unmarked text between
 * segments is left out; empty ranges are ignored.
 */
export function flattenSpans(ranges: readonly MarkedRange[]): FlatSegment[] {
  const live = ranges.filter((r) => r.end > r.start);
  const cuts = [...new Set(live.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const order = live.map((r, i) => ({ r, i })).sort((x, y) => x.r.start - y.r.start || x.i - y.i);
  const out: FlatSegment[] = [];
  let open: { r: MarkedRange; i: number }[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    open = open.filter((o) => o.r.end > from);
    while (next < order.length && order[next]!.r.start <= from) {
      const o = order[next++]!;
      if (o.r.end > from) open.push(o);
    }
    if (open.length === 0) continue;
    const marks = [...open].sort((x, y) => x.i - y.i).map((o) => o.r.mark);
    const last = out[out.length - 1];
    if (last && last.end === from && sameList(last.marks, marks)) out[out.length - 1] = { start: last.start, end: to, marks };
    else out.push({ start: from, end: to, marks });
  }
  return out;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
