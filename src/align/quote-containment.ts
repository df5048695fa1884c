import { countShared } from './count-shared.ts';

/** Distinct terms a trimmed quotation must keep before its containment counts: "… a disgrace" alone says too little. */
const MIN_TERMS = 4;
/** Share of the trimmed quotation's terms the other unit must hold. */
const MIN_SHARE = 0.85;

/**
 * How surely a trimmed quotation (sorted distinct term ids) is cut from the other unit (sorted term ids):
 * the share of its terms the other holds, when that is nearly all of them; 0 otherwise.
 */
export function quoteContainment(trimmed: Int32Array, other: Int32Array): number {
  if (trimmed.length < MIN_TERMS) return 0;
  const share = countShared(trimmed, other) / trimmed.length;
  return share >= MIN_SHARE ? share : 0;
}
