import type { Span } from '../model/index.ts';
import type { ClaimContext, Variant } from './claim-context.ts';

/** Tokens `[from, to)` of a variant as a span of its article (null when empty). */
export function tokenSpan(v: Variant, from: number, to: number): Span | null {
  const first = v.tokens[from];
  const last = v.tokens[to - 1];
  if (!first || !last || to <= from) return null;
  const text = v.article.text;
  let end = last.end;
  // close a bracket or quotation the words open ("(NTSB" -> "(NTSB)")
  for (const [open, close] of [['(', ')'], ['[', ']'], ['“', '”']] as const) {
    const inside = text.slice(first.start, end);
    if (inside.split(open).length > inside.split(close).length && text[end] === close) end++;
  }
  return { article: v.article.id, start: first.start, end, text: text.slice(first.start, end) };
}

/** Token range `[from, to)` of `o` lying opposite token `i` of `v`: between the partners of its nearest aligned neighbours. */
export function oppositeRange(ctx: ClaimContext, v: Variant, o: Variant, i: number): [number, number] {
  const { aToB } = ctx.align(v.index, o.index);
  const direct = aToB[i] ?? -1;
  if (direct >= 0) return [direct, direct + 1];
  let from = 0;
  for (let p = i - 1; p >= 0; p--) {
    const partner = aToB[p] ?? -1;
    if (partner >= 0) {
      from = partner + 1;
      break;
    }
  }
  let to = o.tokens.length;
  for (let q = i + 1; q < v.tokens.length; q++) {
    const partner = aToB[q] ?? -1;
    if (partner >= 0) {
      to = partner;
      break;
    }
  }
  return from <= to ? [from, to] : [to, to];
}

/** True when token `i` of `v` has an aligned partner in `o`. */
export function isMatched(ctx: ClaimContext, v: Variant, o: Variant, i: number): boolean {
  return (ctx.align(v.index, o.index).aToB[i] ?? -1) >= 0;
}

/** The words of `v` in a gap `[from, to)`: its content words, or the word just after an empty gap (what lost its modifier). */
export function gapSpan(v: Variant, from: number, to: number): Span | null {
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (v.tokens[k]?.content) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first >= 0) return tokenSpan(v, first, last + 1);
  if (to < v.tokens.length) return tokenSpan(v, to, to + 1);
  return tokenSpan(v, Math.max(from - 1, 0), Math.max(from, 1));
}
