import type { TextState, Unit } from './text-state.ts';
import { promptReason } from './prompt-lexicon.ts';

/** Remove newsletter sign-up prompts and share/follow prompts, by their imperative shape. */
export function markPrompts(state: TextState): TextState {
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined) return unit;
    const reason = promptReason(unit.text);
    return reason === null ? unit : { ...unit, removed: reason };
  });
  return { ...state, units };
}
