import type { ClaimContext, Variant } from './claim-context.ts';

/** Below this share of shared content words, two wordings are too far apart to judge one against the other. */
export const MIN_OVERLAP = 0.28;

/** The variants that say enough of what `v` says that a difference between them means something. */
export function comparableOthers(ctx: ClaimContext, v: Variant): readonly Variant[] {
  return ctx.others(v.index).filter((o) => ctx.overlap(v.index, o.index) >= MIN_OVERLAP);
}
