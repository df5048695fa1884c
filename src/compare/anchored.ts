import type { ClaimContext, Variant } from './claim-context.ts';

/** True when token `i` of `v` sits within `reach` words of a word `o` shares, so `o` carries that part of the claim. */
export function anchored(ctx: ClaimContext, v: Variant, o: Variant, i: number, reach = 3): boolean {
  const { aToB } = ctx.align(v.index, o.index);
  for (let d = 1; d <= reach; d++) {
    if ((aToB[i - d] ?? -1) >= 0 || (aToB[i + d] ?? -1) >= 0) return true;
  }
  return false;
}
