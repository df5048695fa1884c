import { hasLongRun } from './has-long-run.ts';
import type { TextState, Unit } from './text-state.ts';

/** Remove lines holding a run of a thousand characters without a space (a blob, a slug, a flood): no prose has one. */
export function markLongRuns(state: TextState): TextState {
  const units = state.units.map((unit): Unit => (unit.removed === undefined && hasLongRun(unit.text) ? { ...unit, removed: 'not-prose' } : unit));
  return { ...state, units };
}
