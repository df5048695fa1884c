import type { ClaimContext, Variant } from './claim-context.ts';

/** True when `o` matches words of `v` both before and after token `i`: the place sits inside what the two share. */
export function bracketed(ctx: ClaimContext, v: Variant, o: Variant, i: number): boolean {
  const { aToB } = ctx.align(v.index, o.index);
  return aToB.slice(0, i).some((x) => x >= 0) && aToB.slice(i + 1).some((x) => x >= 0);
}
