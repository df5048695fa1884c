import type { Collation } from '../collate/collation.ts';
import type { Variant } from '../collate/variant.ts';
import { lower, type Change } from '../typers/change.ts';

/** A wording judged to depart from the baseline, with the changes that say how. */
export interface Departure<T> {
  readonly member: T;
  /** The baseline reading the changes are measured against. */
  readonly base: T;
  readonly changes: readonly Change[];
  /** The readings that tell it like the baseline. */
  readonly witnesses: readonly T[];
  /** Other readings that tell it like this one. */
  readonly agreeing: readonly T[];
  /** "source": against the wording the others derive from; "majority": against most; "pair": one against one. */
  readonly via: 'source' | 'majority' | 'pair';
}

/** With a single witness, the two wordings must share this much of the longer one to be judged at all. */
export const PAIR_SIMILARITY = 0.4;
/** Below this, a wording is too far from the source's to be judged against it when most others tell it like itself. */
const SOURCE_SIMILARITY = 0.3;
/** With a single witness, a change that marks its own side needs this much of the shorter wording shared. */
const TIED_OVERLAP = 0.5;

/**
 * Judge the readings of one part of a claim. Readings are grouped into classes that tell it alike (no change
 * between them); the baseline class is the source's when the source carries this part, else the largest class when
 * it outnumbers every other; with one wording against one, the later or less-sourced takes the flag. Every reading
 * outside the baseline class departs from it, by the changes `compare` names.
 */
export function judgeReadings<T extends { readonly v: Variant }>(col: Collation, items: readonly T[], compare: (base: T, other: T) => Change[]): Departure<T>[] {
  if (items.length < 2) return [];
  const alike = (a: T, b: T): boolean => compare(a, b).length === 0 && compare(b, a).length === 0;
  const voters = items;
  const classes: T[][] = [];
  for (const item of voters) {
    // alike both ways with every member: a change one way only ("at least 14" read against "14") still sets two
    // readings apart, and a reading that leaves the part out agrees with all and must not join two that differ
    const home = classes.find((c) => c.every((x) => alike(x, item)));
    if (home) home.push(item);
    else classes.push([item]);
  }
  if (classes.length < 2) return [];
  const sourced = col.source === null ? undefined : classes.find((c) => c.some((x) => x.v.index === col.source));
  if (sourced) {
    const source = sourced.find((x) => x.v.index === col.source)!;
    return classes.filter((c) => c !== sourced).flatMap((c) => c.flatMap((member): Departure<T>[] => {
      // the source alone against several that agree: trust it only where the wordings line up
      if (sourced.length === 1 && c.length >= 2 && col.similarity(member.v.index, source.v.index) < SOURCE_SIMILARITY) return [];
      const base = source;
      const changes = compare(source, member);
      return changes.length ? [{ member, base, changes, witnesses: sourced, agreeing: c.filter((x) => x !== member), via: 'source' }] : [];
    }));
  }
  const sorted = [...classes].sort((a, b) => b.length - a.length);
  const [largest, second] = sorted as [T[], T[]];
  if (largest.length >= 2 && largest.length > second.length) {
    const preferred = largest.find((x) => x.v.index === col.reference) ?? largest[0]!;
    return sorted.slice(1).flatMap((c) => c.flatMap((member): Departure<T>[] => {
      const { base, changes: found } = measured(compare, [preferred, ...largest.filter((x) => x !== preferred)], member);
      if (found.length === 0) return [];
      const changes = found.map((x) => (c.length > 1 ? { ...x, severity: lower(x.severity) } : x));
      return changes.length ? [{ member, base, changes, witnesses: largest, agreeing: c.filter((x) => x !== member), via: 'majority' }] : [];
    }));
  }
  // one against one, only when the claim has just the two wordings (others abstaining is no majority)
  if (items.length === 2 && voters.length === 2) {
    const [a, b] = voters as [T, T];
    // a change seen one way only (a coarser date, a loaded word) marks its own side; else the later or less-sourced
    const ab = compare(a, b).length > 0;
    const ba = compare(b, a).length > 0;
    // one against one: loosely matched wordings disagree by accident, so ask for close wording (a change that marks
    // its own side may do with half of the shorter wording shared)
    if (col.similarity(a.v.index, b.v.index) < PAIR_SIMILARITY && !(ab !== ba && col.overlap(a.v.index, b.v.index) >= TIED_OVERLAP)) return [];
    const [member, base] = ab !== ba ? (ab ? [b, a] : [a, b]) : takesFlag(a.v, b.v) ? [a, b] : [b, a];
    const changes = compare(base, member).map((x) => ({ ...x, severity: lower(x.severity) }));
    return changes.length ? [{ member, base, changes, witnesses: [base], agreeing: [], via: 'pair' }] : [];
  }
  return [];
}

// The changes of `member` measured against the baseline readings that tell the part it departs on (a reading that
// leaves the part out agrees with everything and measures nothing): two of them must see the change, or the first,
// the claim's reference wording. They are told against the first that sees them.
function measured<T>(compare: (base: T, other: T) => Change[], bases: readonly T[], member: T): { base: T; changes: Change[] } {
  const seen = bases.map((base) => ({ base, changes: compare(base, member) })).filter((x) => x.changes.length > 0);
  if (seen.length === 0 || (seen.length < 2 && seen[0]!.base !== bases[0])) return { base: bases[0]!, changes: [] };
  return seen[0]!;
}

/** Of two wordings that differ, the one that takes the flag: less sourced, then later published, then later in the bundle. */
export function takesFlag(v: Variant, o: Variant): boolean {
  const credits = (x: Variant): number => x.tags.filter((t) => t.kind === 'credit').length;
  if (credits(v) !== credits(o)) return credits(v) < credits(o);
  const a = v.article.published ? Date.parse(v.article.published) : NaN;
  const b = o.article.published ? Date.parse(o.article.published) : NaN;
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b;
  if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a);
  return v.tagged.order > o.tagged.order;
}
