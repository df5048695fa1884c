import type { Severity } from '../model/index.ts';
import type { ClaimContext, Variant } from './claim-context.ts';

/** With a single witness, the two wordings must share this much of the longer one to be judged at all. */
export const PAIR_SIMILARITY = 0.4;

/** The verdict on one variant for one feature: flag it (at what severity), or not. */
export type Verdict = { readonly severity: Severity } | null;

const LOWER: Record<Severity, Severity> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * Majority logic. `agree`/`disagree` are the other variants that carry the feature and side with or
 * against `v`. With several witnesses the lone outlier is flagged; with one witness only the later or
 * less-sourced side of the pair is flagged, one step lower, so a difference is reported once.
 */
export function judgeOutlier(ctx: ClaimContext, v: Variant, agree: readonly Variant[], disagree: readonly Variant[], severity: Severity): Verdict {
  if (disagree.length >= 2 && 1 + agree.length < disagree.length) {
    return { severity: agree.length > 0 ? LOWER[severity] : severity };
  }
  const other = disagree[0];
  // one witness against one: loosely matched sentences disagree by accident, so ask for close wording
  if (disagree.length === 1 && agree.length === 0 && other && carriesPairFlag(v, other) && ctx.similarity(v.index, other.index) >= PAIR_SIMILARITY) {
    return { severity: LOWER[severity] };
  }
  return null;
}

/** Of two variants that differ, the one that takes the flag: less sourced, then later published, then later in the bundle. */
export function carriesPairFlag(v: Variant, o: Variant): boolean {
  if (v.sourcing !== o.sourcing) return v.sourcing < o.sourcing;
  const a = v.article.published ? Date.parse(v.article.published) : NaN;
  const b = o.article.published ? Date.parse(o.article.published) : NaN;
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b;
  if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a);
  return v.order > o.order;
}

/** With a single witness and the very words at the place shared, the two wordings must share this much of the shorter one. */
export const TIED_OVERLAP = 0.5;

/**
 * Majority logic for a change that marks its own side (a loaded word, a coarser date, a count of sources left
 * out): with a single witness no tie-break on who is flagged, only close wording, or, when `tied` says both
 * carry the same words at the place (the month, "sources"), a wording that shares half of the shorter one.
 */
export function judgeOneSided(ctx: ClaimContext, v: Variant, agree: readonly Variant[], disagree: readonly Variant[], severity: Severity, tied = false): Verdict {
  const verdict = judgeOutlier(ctx, v, agree, disagree, severity);
  const other = disagree[0];
  if (verdict || disagree.length !== 1 || agree.length > 0 || !other) return verdict;
  const close = ctx.similarity(v.index, other.index) >= PAIR_SIMILARITY || (tied && ctx.overlap(v.index, other.index) >= TIED_OVERLAP);
  return close ? { severity: LOWER[severity] } : null;
}
