import { joinNames } from '../join-names.ts';
import { parseCreditLine } from './parse-credit-line.ts';
import { fillMeta } from './unit-helpers.ts';
import type { TextState, Unit } from './text-state.ts';

/**
 * Remove wire sign-off credit lines ("(Reporting by Dana Whitcombe; Editing by Tom Lee)",
 * "Associated Press writer Ana Ruiz contributed to this report.") as 'credits', and read the
 * reporters they name as the byline when the page gave none (it runs after readByline, so a byline
 * at the top wins).
 */
export function markCredits(state: TextState): TextState {
  let reporters: string | null = null;
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined) return unit;
    const credit = parseCreditLine(unit.text);
    if (credit === null) return unit;
    reporters ??= (credit.reporters ? joinNames(credit.reporters) : null) ?? null;
    return { ...unit, removed: 'credits' };
  });
  return fillMeta({ ...state, units }, { byline: reporters });
}
