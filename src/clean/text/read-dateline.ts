import { joinNames } from '../join-names.ts';
import { parseDateline } from './parse-dateline.ts';
import { fillMeta } from './unit-helpers.ts';
import type { TextState, Unit } from './text-state.ts';

/** Remove dateline lines and read the publication date (an "Updated" date only when no other is given) and any author in them. */
export function readDateline(state: TextState): TextState {
  let published: string | null = null;
  let updated: string | null = null;
  let byline: string | null = null;
  const units = state.units.map((unit): Unit => {
    if (unit.removed !== undefined) return unit;
    const line = parseDateline(unit.text);
    if (line === null) return unit;
    if (line.updated) updated ??= line.published;
    else published ??= line.published;
    if (line.names !== null) byline ??= joinNames(line.names);
    return { ...unit, removed: 'dateline' };
  });
  return fillMeta({ ...state, units }, { published: published ?? updated, byline });
}
