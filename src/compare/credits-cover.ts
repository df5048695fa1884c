import type { ClaimContext, Variant } from './claim-context.ts';
import type { Credit } from './credits-of.ts';

const HEAD = 3;

/**
 * True when `v` carries the statement `o` credits with `credit`: it shares one of the first words of
 * what the credit governs (`need` of them) ("X said [some advisers were removed]", "[...], X said"). A credit on another
 * clause of `o` says nothing about `v`.
 */
export function coversCredited(ctx: ClaimContext, o: Variant, credit: Credit, v: Variant, need = 1): boolean {
  const { aToB } = ctx.align(o.index, v.index);
  const after: number[] = [];
  const before: number[] = [];
  o.tokens.forEach((t, i) => {
    if (!t.content) return;
    if (t.start >= credit.end) after.push(i);
    else if (t.end <= credit.start) before.push(i);
  });
  const governed = after.length >= HEAD ? after.slice(0, HEAD) : before.slice(-HEAD);
  return governed.filter((i) => (aToB[i] ?? -1) >= 0).length >= Math.min(need, governed.length);
}
