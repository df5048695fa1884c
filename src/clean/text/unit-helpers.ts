import type { RemovalReason } from '../../model/index.ts';
import type { TextMeta, TextState, Unit } from './text-state.ts';

/** A copy of the state with the units at `indexes` removed for `reason` (already removed ones keep theirs). */
export function removeUnits(state: TextState, indexes: Iterable<number>, reason: RemovalReason): TextState {
  const chosen = new Set(indexes);
  if (chosen.size === 0) return state;
  const units = state.units.map((unit, i): Unit => (chosen.has(i) && unit.removed === undefined ? { ...unit, removed: reason } : unit));
  return { ...state, units };
}

/** A copy of the state with metadata fields filled where they are still empty. */
export function fillMeta(state: TextState, found: Partial<TextMeta>): TextState {
  const meta: Partial<Record<keyof TextMeta, string | null>> = { ...state.meta };
  for (const key of Object.keys(found) as (keyof TextMeta)[]) {
    const value = found[key];
    if ((meta[key] ?? null) === null && value !== undefined && value !== null && value.trim() !== '') meta[key] = value.trim();
  }
  return { ...state, meta: meta as TextMeta };
}

/** Indexes of the units still in the text, in order. */
export function keptIndexes(state: TextState): number[] {
  const out: number[] = [];
  state.units.forEach((unit, i) => {
    if (unit.removed === undefined) out.push(i);
  });
  return out;
}
