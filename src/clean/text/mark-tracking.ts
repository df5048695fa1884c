import { LEXICON } from './boilerplate-lexicon.ts';
import type { TextState, Unit } from './text-state.ts';

const TRACKING: ReadonlySet<string> = new Set(LEXICON.tracking);
const IDENTIFIER = /^[\p{Ll}\p{N}_=.:\-/?&#]+$/u;

/**
 * Remove stray tokens scrapers leave behind: a line that is one lowercase token ("tracking",
 * "utm_source=feed") and no sentence. Words of a sentence never stand alone on a line.
 */
export function markTracking(state: TextState): TextState {
  const units = state.units.map((unit): Unit => {
    // Table cells and scores are digits only: content, not a scraper's token.
    if (unit.removed !== undefined || /\s/.test(unit.text) || !IDENTIFIER.test(unit.text) || !/\p{Ll}/u.test(unit.text)) return unit;
    if (/[.!?]$/.test(unit.text) && !TRACKING.has(unit.text)) return unit;
    return { ...unit, removed: TRACKING.has(unit.text) || /[_=\d]/.test(unit.text) ? 'tracking' : 'site-chrome' };
  });
  return { ...state, units };
}
