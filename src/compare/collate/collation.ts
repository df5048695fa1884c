import type { Claim } from '../../model/index.ts';
import type { Variant } from './variant.ts';

/** One variant's words read opposite a slot of the reference: local words `[from, to)`. */
export interface Reading {
  readonly variant: number;
  readonly from: number;
  readonly to: number;
}

/** A stretch of the reference where some variant's words differ: the reference's words `[from, to)` (empty for an insertion point). */
export interface Slot {
  readonly from: number;
  readonly to: number;
  /** Each variant's reading of the slot, by variant index; null when the variant does not carry this part. */
  readonly readings: readonly (Reading | null)[];
}

/** A claim's wordings collated against one reference wording. */
export interface Collation {
  readonly claim: Claim;
  readonly variants: readonly Variant[];
  /** The reference every wording is aligned to. */
  readonly reference: number;
  /** The wording the others derive from (the wire, or the baseline the user chose), when it carries the claim. */
  readonly source: number | null;
  /** How findings name the source ("the Reuters wire", "the earliest version (Daily Courier)"). */
  readonly sourceLabel: string | null;
  /**
   * Set when the one wording beside the source is known to tell only part of it (a headline): it is then judged
   * against the source alone, however much shorter it is.
   */
  readonly part?: boolean;
  /**
   * Set on a part of a claim carried by very many wordings (`compareAtScale`): the variants judged there. The others
   * are company (the sample the judged ones are read against); what they depart in is judged in another part, so it
   * is not worked out here.
   */
  readonly judged?: ReadonlySet<number>;
  /** For each variant, the reference word each of its words lines up with (-1: none); the reference maps to itself. */
  readonly toReference: readonly (readonly number[])[];
  readonly slots: readonly Slot[];
  /** Share of the shorter wording's content words two variants share (cached). */
  overlap(a: number, b: number): number;
  /** Share of the longer wording's content words two variants share (cached). */
  similarity(a: number, b: number): number;
  /** Which word of `b` each word of `a` lines up with (cached). */
  pair(a: number, b: number): readonly number[];
}
