import type { Typer, Change, View, TypeContext } from './change.ts';
import { typeFigures } from './type-figures.ts';
import { typeDates } from './type-dates.ts';
import { typeScales } from './type-scales.ts';
import { typePolarity } from './type-polarity.ts';
import { typeEntities } from './type-entities.ts';
import { typeLoaded } from './type-loaded.ts';
import { typePhrases } from './type-phrases.ts';

/** The typers, in the order they name a slot's differences; words one has explained are not a detail for the last. */
export const TYPERS: readonly Typer[] = [typeFigures, typeDates, typeScales, typePolarity, typeEntities, typeLoaded];

// Figures, dates, names and roles are read whole by their typer: when it finds them alike they are no added or
// dropped detail either. Other tagged words count as explained only where a typer named a change on them.
const READ_BY_TYPERS = new Set(['num', 'date', 'time', 'role']);

/** Every way `other` departs from `base` over one slot: the typers' named changes, then added or dropped details. */
export function typeChanges(base: View, other: View, ctx: TypeContext): Change[] {
  const named = TYPERS.flatMap((typer) => typer(base, other, ctx));
  // a slot whose difference a typer named is explained: its other words go with that change
  if (named.length > 0) return named;
  // a tag is read against the other side only where the other side has one of its kind
  const kinds = (view: View): Set<string> => new Set(view.v.tags.filter((t) => t.from <= view.to && view.from - 1 < t.to).map((t) => t.kind));
  const claim = (view: View, opposite: View): Set<number> => {
    const out = new Set<number>();
    const there = kinds(opposite);
    for (const r of view.v.tags.filter((t) => READ_BY_TYPERS.has(t.kind) && there.has(t.kind) && t.from < view.to && view.from < t.to)) {
      for (let k = r.from; k < r.to; k++) out.add(k);
    }
    return out;
  };
  return typePhrases(base, other, { here: claim(other, base), there: claim(base, other) }, ctx);
}

/** True when two readings differ in a way a reader would count (a named change, or words one carries alone). */
export function differ(a: View, b: View, ctx: TypeContext): boolean {
  return typeChanges(a, b, ctx).length > 0;
}
